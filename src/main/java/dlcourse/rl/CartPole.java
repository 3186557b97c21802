package dlcourse.rl;

import dlcourse.data.Seeds;
import java.util.Random;

/**
 * The cart-pole task (Barto, Sutton and Anderson, 1983): a pole stands on a hinge on a cart that
 * runs along a track; each step the agent pushes the cart left or right with a force of 10 N. The
 * episode ends when the pole leans more than 12° or the cart leaves the track (2.4 m from the
 * centre), or after 200 steps; every step the pole is up earns a reward of 1.
 *
 * <pre>{@code
 * CartPole env = new CartPole(7);
 * double[] s = env.reset();                  // x, ẋ, θ, θ̇: position, velocity, angle, angular velocity
 * Environment.Step step = env.step(CartPole.PUSH_RIGHT);
 * }</pre>
 *
 * The dynamics, with θ the pole's angle from upright, F the force, g = 9.8 m/s², cart mass 1 kg,
 * pole mass m = 0.1 kg, half pole length l = 0.5 m and total mass M = 1.1 kg:
 *
 * <pre>
 *   a = (F + m·l·θ̇²·sin θ) / M
 *   θ̈ = (g·sin θ − a·cos θ) / (l·(4/3 − m·cos²θ / M))
 *   ẍ = a − m·l·θ̈·cos θ / M
 * </pre>
 *
 * stepped forward by Euler's method every τ = 0.02 s. The start state is drawn uniformly from
 * [−0.05, 0.05] in each of the four numbers.
 */
public final class CartPole implements Environment {

    public static final int PUSH_LEFT = 0, PUSH_RIGHT = 1;
    static final double GRAVITY = 9.8, CART_MASS = 1.0, POLE_MASS = 0.1, HALF_LENGTH = 0.5, FORCE = 10,
            TAU = 0.02, MAX_ANGLE = 12 * Math.PI / 180, MAX_POSITION = 2.4;
    private static final double TOTAL_MASS = CART_MASS + POLE_MASS;

    private final Random random;
    private double x, velocity, angle, angularVelocity;
    private int steps;
    private boolean done = true;

    public CartPole(long seed) {
        this.random = Seeds.random(seed);
    }

    @Override
    public double[] reset() {
        x = uniform();
        velocity = uniform();
        angle = uniform();
        angularVelocity = uniform();
        steps = 0;
        done = false;
        return state();
    }

    /** Starts from a state of your own: {x, ẋ, θ, θ̇}. */
    public double[] reset(double[] state) {
        if (state == null || state.length != 4) {
            throw new IllegalArgumentException("CartPole expected a state of 4 numbers {x, ẋ, θ, θ̇} but was given "
                    + (state == null ? "null" : state.length + " numbers"));
        }
        x = state[0];
        velocity = state[1];
        angle = state[2];
        angularVelocity = state[3];
        steps = 0;
        done = false;
        return state();
    }

    @Override
    public Step step(int action) {
        if (action != PUSH_LEFT && action != PUSH_RIGHT) {
            throw new IllegalArgumentException("CartPole expected action 0 (push left) or 1 (push right) but was"
                    + " given " + action);
        }
        if (done) {
            throw new IllegalStateException("CartPole's episode has ended; call reset() to start a new one");
        }
        double force = action == PUSH_RIGHT ? FORCE : -FORCE;
        double cos = Math.cos(angle), sin = Math.sin(angle);
        double a = (force + POLE_MASS * HALF_LENGTH * angularVelocity * angularVelocity * sin) / TOTAL_MASS;
        double angularAcceleration = (GRAVITY * sin - a * cos)
                / (HALF_LENGTH * (4.0 / 3 - POLE_MASS * cos * cos / TOTAL_MASS));
        double acceleration = a - POLE_MASS * HALF_LENGTH * angularAcceleration * cos / TOTAL_MASS;
        x += TAU * velocity;
        velocity += TAU * acceleration;
        angle += TAU * angularVelocity;
        angularVelocity += TAU * angularAcceleration;
        steps++;
        boolean fallen = Math.abs(x) > MAX_POSITION || Math.abs(angle) > MAX_ANGLE;
        done = fallen || steps >= maxSteps();
        return new Step(state(), 1, done, done && !fallen);
    }

    @Override
    public int actions() {
        return 2;
    }

    @Override
    public int stateSize() {
        return 4;
    }

    @Override
    public int maxSteps() {
        return 200;
    }

    private double[] state() {
        return new double[] {x, velocity, angle, angularVelocity};
    }

    private double uniform() {
        return (random.nextDouble() - 0.5) * 0.1;
    }
}

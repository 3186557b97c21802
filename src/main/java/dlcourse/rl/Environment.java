package dlcourse.rl;

/**
 * A world an agent acts in, one step at a time: it shows a state, takes an action, and answers
 * with the next state, a reward and whether the episode has ended.
 *
 * <pre>{@code
 * Environment env = new CartPole(7);
 * double[] state = env.reset();
 * Environment.Step step = env.step(1);          // push the cart to the right
 * step.reward();  step.done();  step.state();
 * }</pre>
 *
 * States are arrays of numbers (what a network reads); actions are numbered 0 to actions() − 1.
 */
public interface Environment {

    /** What one step returned: the next state, the reward for the step, and whether the episode ended. */
    record Step(double[] state, double reward, boolean done) {
    }

    /** Starts a new episode and returns its first state. */
    double[] reset();

    /** Takes {@code action} in the current state. */
    Step step(int action);

    /** How many actions there are; they are numbered 0 to actions() − 1. */
    int actions();

    /** How many numbers describe a state. */
    int stateSize();

    /** The most steps an episode may last; it ends there even if nothing else ended it. */
    int maxSteps();
}

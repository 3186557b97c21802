package dlcourse.rl;

/**
 * How much an agent explores over time: ε, the probability of a random action, falls in a straight
 * line from {@code start} to {@code end} over {@code steps} steps and stays there. Early on the
 * agent knows nothing and should try everything; later it should mostly use what it learned.
 *
 * <pre>{@code
 * EpsilonSchedule schedule = EpsilonSchedule.linear(1.0, 0.05, 5_000);
 * schedule.at(2_500);   // 0.525
 * }</pre>
 */
public record EpsilonSchedule(double start, double end, int steps) {

    public EpsilonSchedule {
        if (!(start >= 0 && start <= 1 && end >= 0 && end <= 1) || steps < 1) {
            throw new IllegalArgumentException("EpsilonSchedule expected probabilities from 0 to 1 and 1 or more steps"
                    + " but was given " + start + ", " + end + " and " + steps + "; e.g. linear(1.0, 0.05, 5000)");
        }
    }

    /** ε falling from start to end over the given steps. */
    public static EpsilonSchedule linear(double start, double end, int steps) {
        return new EpsilonSchedule(start, end, steps);
    }

    /** ε at step {@code step} (counting from 0). */
    public double at(long step) {
        return step >= steps ? end : start + (end - start) * step / steps;
    }
}

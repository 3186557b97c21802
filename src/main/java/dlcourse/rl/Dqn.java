package dlcourse.rl;

import dlcourse.data.Seeds;
import dlcourse.nets.Mlp;
import dlcourse.nets.Task;
import dlcourse.train.History;
import dlcourse.train.TrainingLoop;
import dlcourse.train.TrainingStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A deep Q-network (Mnih et al., 2015): a network estimates Q(s, a) for every action from the
 * state's numbers, and learns from the Bellman target r + γ · max_a' Q_target(s', a'), where
 * Q_target is an older copy of the network (the target network) and the steps come at random from
 * a replay buffer. Either can be switched off to see what it prevents.
 *
 * <pre>{@code
 * Dqn agent = Dqn.builder(new CartPole(1)).seed(1).solvedAt(195).build();
 * History history = agent.train(150);          // up to 150 episodes; "return" per group of 10
 * agent.returns();                             // every episode's return
 * }</pre>
 *
 * Training runs in the library's {@link TrainingLoop}: one "epoch" is a group of episodes (10 by
 * default), so the live chart, the interrupt button and the NaN stop work as for any network.
 */
public final class Dqn {

    private final Environment env;
    private final MultiLayerNetwork online;
    private MultiLayerNetwork target;
    private final ReplayBuffer buffer;
    private final Builder settings;
    private final Random random;
    private final List<Double> returns = new ArrayList<>();
    private long steps;

    /** How many recent episodes {@link Builder#solvedAt} averages. */
    public static final int SOLVED_WINDOW = 20;

    private Dqn(Builder b) {
        this.settings = b;
        this.env = b.env;
        this.online = Mlp.builder().inputs(env.stateSize()).hidden(b.hidden).outputs(env.actions())
                .task(Task.REGRESSION).learningRate(b.learningRate).seed(b.seed).build();
        this.target = b.targetUpdate > 0 ? online.clone() : online;
        this.buffer = new ReplayBuffer(b.replay ? b.bufferSize : b.batchSize, env.stateSize(), b.seed);
        this.random = Seeds.random(b.seed);
    }

    public static Builder builder(Environment env) {
        return new Builder(env);
    }

    /** Runs {@code episodes} episodes (a multiple of the group size), learning as it acts. */
    public History train(int episodes) {
        int group = settings.episodesPerEpoch;
        if (episodes < group || episodes % group != 0) {
            throw new IllegalArgumentException("train expected a number of episodes that is a multiple of "
                    + group + " (the episodes per point of the chart) but was given " + episodes);
        }
        TrainingLoop.Builder loop = TrainingLoop.builder().epochs(episodes / group).batchSize(1).random(null);
        if (settings.solvedAt != null) {
            loop.callback(result -> {
                double recent = meanOfLast(SOLVED_WINDOW);
                if (returns.size() >= SOLVED_WINDOW && recent >= settings.solvedAt) {
                    result.stopTraining(String.format(Locale.ROOT, "the mean return of the last %d episodes,"
                            + " %.1f, reached %s", SOLVED_WINDOW, recent, settings.solvedAt));
                }
            });
        }
        return loop.build().run(new Episodes());
    }

    /** The mean return of the last {@code episodes} episodes (of all of them if there are fewer). */
    public double meanOfLast(int episodes) {
        int from = Math.max(0, returns.size() - episodes);
        return returns.subList(from, returns.size()).stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** The action the network rates best in {@code state}. */
    public int act(double[] state) {
        return QLearning.bestOf(flat(online.output(matrix(new double[][] {state}))));
    }

    /** Every episode's return (sum of rewards) so far, in order. */
    public double[] returns() {
        return returns.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The Q-network (the online one). */
    public MultiLayerNetwork network() {
        return online;
    }

    /** One episode per "example" of the loop. */
    private final class Episodes implements TrainingStep {
        @Override
        public List<String> metrics() {
            return List.of("return", "loss");
        }

        @Override
        public int examples() {
            return settings.episodesPerEpoch;
        }

        @Override
        public double[] train(int[] rows, int epoch) {
            double[] state = env.reset();
            double total = 0, lossSum = 0;
            int updates = 0;
            boolean done = false;
            while (!done) {
                double epsilon = settings.epsilon.at(steps);
                int action = random.nextDouble() < epsilon ? random.nextInt(env.actions()) : act(state);
                Environment.Step step = env.step(action);
                buffer.add(state, action, step);
                total += step.reward();
                steps++;
                if (buffer.size() >= settings.batchSize && steps >= settings.warmup
                        && steps % settings.updateEvery == 0) {
                    lossSum += update();
                    updates++;
                }
                if (settings.targetUpdate > 0 && steps % settings.targetUpdate == 0) {
                    target = online.clone();
                }
                state = step.state();
                done = step.done();
            }
            returns.add(total);
            return new double[] {total, updates == 0 ? 0 : lossSum / updates};
        }

        @Override
        public MultiLayerNetwork network() {
            return online;
        }

        @Override
        public String name() {
            return "the Q-network";
        }

        @Override
        public String batchName() {
            return "episode";
        }
    }

    /**
     * One gradient step on a mini-batch from the buffer. The labels are the network's own
     * predictions except for the action taken, whose label is the Bellman target: the other
     * actions' errors are 0, so only the taken action's estimate moves.
     */
    private double update() {
        ReplayBuffer.Batch batch = buffer.sample(settings.batchSize);
        int n = batch.actions().length, actions = env.actions();
        INDArray states = matrix(batch.states());
        double[] next = flat(target.output(matrix(batch.nextStates())));
        double[] labels = flat(online.output(states));
        for (int i = 0; i < n; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < actions; a++) {
                best = Math.max(best, next[i * actions + a]);
            }
            double future = batch.terminal()[i] ? 0 : settings.gamma * best;   // nothing follows a terminal state
            labels[i * actions + batch.actions()[i]] = batch.rewards()[i] + future;
        }
        online.fit(states, Nd4j.create(labels, new long[] {n, actions}, DataType.FLOAT));
        return online.score();
    }

    private static INDArray matrix(double[][] rows) {
        return Nd4j.create(rows).castTo(DataType.FLOAT);
    }

    // One Java array, row after row. INDArray.toDoubleMatrix reads element by element through
    // native calls: 3 ms for 128 × 2 numbers, more than the gradient step itself.
    private static double[] flat(INDArray a) {
        return a.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    }

    /** Settings of a {@link Dqn}; every one has a default. */
    public static final class Builder {
        private final Environment env;
        private int[] hidden = {64};
        private double learningRate = 0.002;
        private double gamma = 0.99;
        private int batchSize = 64;
        private int bufferSize = 10_000;
        private int targetUpdate = 200;
        private int warmup = 500;
        private int updateEvery = 2;
        private boolean replay = true;
        private EpsilonSchedule epsilon = EpsilonSchedule.linear(1.0, 0.05, 3_000);
        private int episodesPerEpoch = 10;
        private long seed = 1;
        private Double solvedAt;

        private Builder(Environment env) {
            if (env == null) {
                throw new IllegalArgumentException("Dqn expected an environment but was given null; e.g."
                        + " Dqn.builder(new CartPole(1))");
            }
            this.env = env;
        }

        public Builder hidden(int... sizes) {
            this.hidden = sizes.clone();
            return this;
        }

        public Builder learningRate(double rate) {
            this.learningRate = rate;
            return this;
        }

        /** The discount γ of future rewards (default 0.99). */
        public Builder gamma(double gamma) {
            this.gamma = gamma;
            return this;
        }

        /** Steps per gradient update, drawn from the replay buffer (default 64). */
        public Builder batchSize(int size) {
            this.batchSize = size;
            return this;
        }

        /** How many recent steps the replay buffer keeps (default 10,000). */
        public Builder bufferSize(int size) {
            this.bufferSize = size;
            return this;
        }

        /** Every how many steps the target network becomes a copy of the network (default 200; 0: no target network). */
        public Builder targetUpdate(int steps) {
            this.targetUpdate = steps;
            return this;
        }

        /** Steps of acting before the first update (default 500). */
        public Builder warmup(int steps) {
            this.warmup = steps;
            return this;
        }

        /** Every how many steps of acting one gradient update is made (default 2). */
        public Builder updateEvery(int steps) {
            this.updateEvery = steps;
            return this;
        }

        /**
         * Whether to learn from random steps of the last {@link #bufferSize} (default true); false
         * draws only from the latest batchSize steps, which are nearly alike.
         */
        public Builder replay(boolean replay) {
            this.replay = replay;
            return this;
        }

        public Builder epsilon(EpsilonSchedule schedule) {
            this.epsilon = schedule;
            return this;
        }

        /** Episodes per point of the history and the live chart (default 10). */
        public Builder episodesPerEpoch(int episodes) {
            this.episodesPerEpoch = episodes;
            return this;
        }

        /**
         * Stops training once the mean return of the last 20 episodes reaches {@code meanReturn}
         * (checked after every group of episodes); e.g. 195 for CartPole, whose episodes end at 200.
         */
        public Builder solvedAt(double meanReturn) {
            this.solvedAt = meanReturn;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Dqn build() {
            if (!(gamma >= 0 && gamma <= 1)) {
                throw new IllegalArgumentException("Dqn expected a discount γ from 0 to 1 but was given " + gamma
                        + "; 0.99 is usual, e.g. .gamma(0.99)");
            }
            atLeast("a batch size", batchSize, 1, ".batchSize(64)");
            atLeast("a replay buffer size", bufferSize, batchSize, ".bufferSize(10_000); it must hold one batch");
            atLeast("steps per update", updateEvery, 1, ".updateEvery(2) for one update every 2 steps");
            atLeast("a target-network period", targetUpdate, 0, ".targetUpdate(200), or 0 for no target network");
            atLeast("warm-up steps", warmup, 0, ".warmup(500)");
            atLeast("episodes per group", episodesPerEpoch, 1, ".episodesPerEpoch(10)");
            if (epsilon == null) {
                throw new IllegalArgumentException("Dqn expected an ε schedule but was given null; e.g."
                        + " .epsilon(EpsilonSchedule.linear(1.0, 0.05, 3000))");
            }
            if (solvedAt != null && !Double.isFinite(solvedAt)) {
                throw new IllegalArgumentException("Dqn expected a finite mean return for solvedAt but was given "
                        + solvedAt + "; e.g. .solvedAt(195) for CartPole");
            }
            return new Dqn(this);
        }

        private static void atLeast(String what, int value, int least, String example) {
            if (value < least) {
                throw new IllegalArgumentException("Dqn expected " + what + " of " + least + " or more but was given "
                        + value + "; e.g. " + example);
            }
        }
    }
}

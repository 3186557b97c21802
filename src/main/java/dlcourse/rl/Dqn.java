package dlcourse.rl;

import dlcourse.data.Seeds;
import dlcourse.nets.Mlp;
import dlcourse.nets.Task;
import dlcourse.train.History;
import dlcourse.train.TrainingLoop;
import dlcourse.train.TrainingStep;
import java.util.ArrayList;
import java.util.List;
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
 * Dqn agent = Dqn.builder(new CartPole(1)).hidden(64, 64).seed(1).build();
 * History history = agent.train(300);          // 300 episodes; "return" per group of episodes
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
        return TrainingLoop.builder().epochs(episodes / group).batchSize(1).random(null).build().run(new Episodes());
    }

    /** The action the network rates best in {@code state}. */
    public int act(double[] state) {
        return argMax(online.output(row(state)).toDoubleVector());
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
                if (buffer.size() >= settings.batchSize && steps >= settings.warmup) {
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
    }

    /** One gradient step on a mini-batch from the buffer: labels are the predictions, except the taken action's. */
    private double update() {
        ReplayBuffer.Batch batch = buffer.sample(settings.batchSize);
        INDArray states = Nd4j.create(batch.states()).castTo(DataType.FLOAT);
        INDArray next = target.output(Nd4j.create(batch.nextStates()).castTo(DataType.FLOAT));
        INDArray labels = online.output(states).dup();
        for (int i = 0; i < settings.batchSize; i++) {
            double best = batch.done()[i] ? 0 : next.getRow(i).maxNumber().doubleValue();
            labels.putScalar(i, batch.actions()[i], batch.rewards()[i] + settings.gamma * best);
        }
        online.fit(states, labels);
        return online.score();
    }

    private static INDArray row(double[] state) {
        return Nd4j.create(new double[][] {state}).castTo(DataType.FLOAT);
    }

    private static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Settings of a {@link Dqn}; every one has a default. */
    public static final class Builder {
        private final Environment env;
        private int[] hidden = {64, 64};
        private double learningRate = 0.001;
        private double gamma = 0.99;
        private int batchSize = 32;
        private int bufferSize = 10_000;
        private int targetUpdate = 200;
        private int warmup = 500;
        private boolean replay = true;
        private EpsilonSchedule epsilon = EpsilonSchedule.linear(1.0, 0.05, 3_000);
        private int episodesPerEpoch = 10;
        private long seed = 1;

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

        /** Steps per gradient update, drawn from the replay buffer (default 32). */
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

        /** Whether to learn from random steps of the last 10,000 (default true); false draws only from the latest batchSize steps, which are nearly alike. */
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

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Dqn build() {
            return new Dqn(this);
        }
    }
}

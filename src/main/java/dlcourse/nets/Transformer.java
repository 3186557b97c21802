package dlcourse.nets;

import java.io.OutputStream;
import java.io.PrintStream;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Small transformers for sequences of tokens: an embedding, sinusoidal positions, transformer
 * blocks ({@link TransformerBlock}) and a softmax over the tokens at every position.
 *
 * <pre>{@code
 * MultiLayerNetwork net = Transformer.builder().tokens(10).length(32).size(32).heads(2).outputs(10).build();
 * History history = Trainer.fit(net, train, 5);   // features [n, 32] token numbers, labels [n, 10, 32]
 * }</pre>
 *
 * <p>The input is a matrix of token numbers {@code [examples, length]} (0 to tokens − 1), the
 * output a probability for each of the {@code outputs} classes at every position, {@code
 * [examples, outputs, length]}, as a recurrent network's with {@code sequenceToSequence()}. By
 * default each position sees only itself and the positions before it (a causal mask), as a
 * language model must; {@code causal(false)} lets every position see the whole sequence.
 */
public final class Transformer {

    private Transformer() {
    }

    /** Settings for a transformer; tokens, length and outputs have no default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Settings of a {@link Transformer}. */
    public static final class Builder extends NetworkBuilder<Builder> {
        private int tokens = -1;
        private int length = -1;
        private int size = 32;
        private int heads = 2;
        private int feedForward = -1;
        private int blocks = 1;
        private boolean causal = true;
        private boolean positions = true;

        private Builder() {
            super("Transformer", Activation.RELU, WeightInit.XAVIER, 0.003);
        }

        /** How many different tokens the input has: its numbers run from 0 to tokens − 1. */
        public Builder tokens(int tokens) {
            this.tokens = tokens;
            return this;
        }

        /** How many positions each sequence has (the transformer is built for this length). */
        public Builder length(int length) {
            this.length = length;
            return this;
        }

        /** The width d of every token's vector, from the embedding to the last block (default 32). */
        public Builder size(int size) {
            this.size = size;
            return this;
        }

        /** How many attention heads each block has (default 2); each works on size / heads numbers. */
        public Builder heads(int heads) {
            this.heads = heads;
            return this;
        }

        /** The hidden width of each block's feed-forward part (default 4 × size, as in most transformers). */
        public Builder feedForward(int units) {
            this.feedForward = units;
            return this;
        }

        /** How many transformer blocks, one after the other (default 1). */
        public Builder blocks(int blocks) {
            this.blocks = blocks;
            return this;
        }

        /**
         * Whether a position may look only at itself and earlier positions (default true, as a
         * language model needs); false lets attention see the whole sequence.
         */
        public Builder causal(boolean causal) {
            this.causal = causal;
            return this;
        }

        /**
         * Whether to add sinusoidal position codes to the token vectors (default true). Without them
         * attention sees the tokens as a set: it cannot tell which came first.
         */
        public Builder positions(boolean positions) {
            this.positions = positions;
            return this;
        }

        @Override
        MultiLayerNetwork assemble() {
            int hidden = feedForward > 0 ? feedForward : 4 * size;
            NeuralNetConfiguration.ListBuilder layers = settings.configuration().list();
            // Token vectors start small, N(0, 0.02²) as in GPT-2, so what they learn soon outweighs
            // where they started: tokens used alike end up alike.
            layers.layer(new EmbeddingSequenceLayer.Builder().nIn(tokens).nOut(size).inputLength(length)
                    .hasBias(false).weightInit(new NormalDistribution(0, 0.02)).outputDataFormat(RNNFormat.NCW)
                    .build());
            if (positions) {
                layers.layer(new SinusoidalPositions(size, length));
            }
            for (int b = 0; b < blocks; b++) {
                layers.layer(new TransformerBlock(size, heads, hidden, length, causal));
            }
            layers.layer(head.everyStepLayer(size, settings));
            MultiLayerNetwork net = settings.network(layers);
            prepareGradients(net);
            return net;
        }

        /**
         * DL4J 1.0.0-M2.1's SameDiff prints a line per operation to System.out the first time it
         * builds a layer's gradient (a debugging print left in that release): 60 lines in the
         * middle of a notebook's training output. Built here once, on one example of zeros, with
         * the printing turned away; the parameters do not change.
         */
        private void prepareGradients(MultiLayerNetwork net) {
            PrintStream out = System.out;
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            try {
                net.calculateGradients(Nd4j.zeros(DataType.FLOAT, 1, length),
                        Nd4j.zeros(DataType.FLOAT, 1, head.outputs(), length), null, null);
            } finally {
                System.setOut(out);
            }
        }

        @Override
        void checkSizes() {
            positive("tokens", tokens, "set the number of different tokens, e.g. .tokens(10) for the digits");
            positive("a length", length, "set the number of positions per sequence, e.g. .length(32)");
            positive("a size", size, "e.g. .size(32)");
            positive("heads", heads, "e.g. .heads(2)");
            positive("blocks", blocks, "e.g. .blocks(1)");
            if (feedForward == 0 || feedForward < -1) {
                throw new IllegalArgumentException("Transformer expected a feed-forward width of 1 or more but"
                        + " was given " + feedForward + "; leave it out for 4 × size");
            }
            if (size % heads != 0) {
                throw new IllegalArgumentException("Transformer expected a size that the " + heads + " heads"
                        + " share equally but was given size " + size + "; make the size a multiple of the"
                        + " heads, e.g. .size(" + heads * Math.max(1, Math.round(size / (double) heads)) + ")");
            }
        }

        private static void positive(String what, int value, String fix) {
            if (value < 1) {
                throw new IllegalArgumentException("Transformer expected " + what + " of 1 or more but was given "
                        + value + "; " + fix);
            }
        }
    }
}

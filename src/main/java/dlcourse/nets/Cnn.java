package dlcourse.nets;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;

/**
 * A convolutional network for grayscale images given as flat rows of {@code height * width} pixels
 * (row by row, values in [0, 1]): convolutions that find local patterns, max pooling that halves the
 * image, dense layers, and a softmax output per class. Convolutions pad the image so that only pooling
 * shrinks it. The result is a plain DL4J {@link MultiLayerNetwork}, ready to train.
 *
 * <pre>{@code
 * MultiLayerNetwork digits = Cnn.classifier(8, 8, 10);        // the default stack below
 * MultiLayerNetwork custom = Cnn.builder().image(28, 28)
 *         .conv(16, 3).pool(2).conv(32, 3).pool(2).dense(64).outputs(10)
 *         .dropout(0.25).learningRate(0.002).seed(7).build();
 * }</pre>
 */
public final class Cnn {

    private Cnn() {
    }

    /**
     * A classifier with the default stack: {@code conv(16, 3), pool(2), conv(32, 3), pool(2), dense(64)},
     * then a softmax output per class. It needs images of at least 6 by 6 pixels.
     */
    public static MultiLayerNetwork classifier(int height, int width, int classes) {
        return builder().image(height, width).outputs(classes).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    private enum Kind { CONV, POOL, DENSE }

    private record Step(Kind kind, int size, int kernel) {
        @Override
        public String toString() {
            return switch (kind) {
                case CONV -> ".conv(" + size + ", " + kernel + ")";
                case POOL -> ".pool(" + size + ")";
                case DENSE -> ".dense(" + size + ")";
            };
        }
    }

    /**
     * Settings for a {@link Cnn}. Layers are added in order with {@link #conv}, {@link #pool} and
     * {@link #dense}; without any, the default stack of {@link Cnn#classifier} is used.
     */
    public static final class Builder extends NetworkBuilder<Builder> {
        private int height = -1;
        private int width = -1;
        private final List<Step> steps = new ArrayList<>();

        private Builder() {
            super("Cnn", Activation.RELU, WeightInit.RELU, 0.005);
        }

        /** The image size in pixels; each example is a row of {@code height * width} values. */
        public Builder image(int height, int width) {
            this.height = height;
            this.width = width;
            return this;
        }

        /** A convolution with {@code filters} filters of {@code kernel} by {@code kernel} pixels. */
        public Builder conv(int filters, int kernel) {
            requireBeforeDense(new Step(Kind.CONV, filters, kernel));
            return this;
        }

        /** Max pooling over {@code size} by {@code size} squares, which shrinks the image {@code size} times. */
        public Builder pool(int size) {
            requireBeforeDense(new Step(Kind.POOL, size, size));
            return this;
        }

        /** A fully connected layer of {@code units} units, after the convolutions and pooling. */
        public Builder dense(int units) {
            steps.add(new Step(Kind.DENSE, units, 0));
            return this;
        }

        // The steps given, or the default: conv 16, pool, conv 32, pool, dense 64.
        private List<Step> plan() {
            return steps.isEmpty() ? List.of(new Step(Kind.CONV, 16, 3), new Step(Kind.POOL, 2, 2),
                    new Step(Kind.CONV, 32, 3), new Step(Kind.POOL, 2, 2), new Step(Kind.DENSE, 64, 0)) : steps;
        }

        @Override
        MultiLayerNetwork assemble() {
            // CacheMode.DEVICE keeps each convolution's unfolded input (im2col) from the forward pass for
            // the backward pass, which otherwise computes it again: the same numbers, 1.6 times the
            // training speed of ./course bench's CNN (bench/results.md). Dense networks gain nothing.
            NeuralNetConfiguration.ListBuilder layers = settings.configuration().cacheMode(CacheMode.DEVICE).list();
            for (Step step : plan()) {
                switch (step.kind()) {
                    case CONV -> layers.layer(new ConvolutionLayer.Builder(step.kernel(), step.kernel())
                            .nOut(step.size()).convolutionMode(ConvolutionMode.Same)
                            .activation(settings.activation).build());
                    case POOL -> layers.layer(new SubsamplingLayer.Builder(PoolingType.MAX)
                            .kernelSize(step.size(), step.size()).stride(step.size(), step.size()).build());
                    // Dropout on the dense layers' inputs only: convolutions have few, shared weights.
                    case DENSE -> layers.layer(settings.withDropout(new DenseLayer.Builder().nOut(step.size())
                            .activation(settings.activation)).build());
                }
            }
            // nIn of every layer follows from the input type, as do the reshapes from row to image and back.
            layers.layer(head.denseLayer(0, settings, true));
            layers.setInputType(InputType.convolutionalFlat(height, width, 1));
            return settings.network(layers);
        }

        private void requireBeforeDense(Step step) {
            for (Step earlier : steps) {
                if (earlier.kind() == Kind.DENSE) {
                    throw new IllegalStateException("Cnn expected .conv and .pool steps before the first .dense"
                            + " step but " + step + " came after " + earlier + "; put the dense layers last");
                }
            }
            steps.add(step);
        }

        @Override
        void checkSizes() {
            List<Step> plan = plan();
            if (height < 1 || width < 1) {
                throw new IllegalArgumentException("Cnn expected an image size of 1 or more pixels each way but"
                        + " was given " + height + " by " + width + "; set it, e.g. .image(28, 28) for"
                        + " 784-pixel rows");
            }
            int h = height;
            int w = width;
            for (int i = 0; i < plan.size(); i++) {
                Step step = plan.get(i);
                String where = "step " + (i + 1) + " " + step;
                if (step.size() < 1) {
                    throw new IllegalArgumentException("Cnn expected sizes of 1 or more but " + where
                            + " has " + step.size() + "; use e.g. .conv(16, 3), .pool(2) or .dense(64)");
                }
                if (step.kind() == Kind.CONV && step.kernel() < 1) {
                    throw new IllegalArgumentException("Cnn expected a kernel of 1 or more pixels but " + where
                            + " has " + step.kernel() + "; 3 is the usual choice, e.g. .conv(16, 3)");
                }
                if (step.kind() != Kind.DENSE && (step.kernel() > h || step.kernel() > w)) {
                    throw new IllegalArgumentException("Cnn cannot apply " + where + " to an image of " + h
                            + " by " + w + " pixels (the " + height + " by " + width + " input after the"
                            + " pooling before it); use a size of at most " + Math.min(h, w)
                            + " there, or remove a .pool step before it");
                }
                if (step.kind() == Kind.POOL) {
                    h /= step.size();
                    w /= step.size();
                }
            }
        }
    }
}

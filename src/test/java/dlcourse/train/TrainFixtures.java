package dlcourse.train;

import java.util.Random;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** Small networks of every shape the course trains, and data for them, for the tests. */
public final class TrainFixtures {

    private TrainFixtures() {
    }

    private static NeuralNetConfiguration.ListBuilder start(double rate) {
        return new NeuralNetConfiguration.Builder().seed(7).weightInit(WeightInit.XAVIER)
                .updater(new Adam(rate)).dataType(DataType.FLOAT).list();
    }

    private static MultiLayerNetwork init(MultiLayerConfiguration conf) {
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** A CNN for flattened size×size grayscale images. */
    public static MultiLayerNetwork cnn(int size, int classes) {
        return init(start(0.01)
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(4).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).nOut(classes).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutionalFlat(size, size, 1)).build());
    }

    /** Images of a horizontal (class 0) or vertical (class 1) bar, flattened to rows, with noise. */
    public static DataSet bars(int n, int size, long seed) {
        Random random = new Random(seed);
        float[][] x = new float[n][size * size];
        float[][] y = new float[n][2];
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            int line = random.nextInt(size);
            for (int r = 0; r < size; r++) {
                for (int c = 0; c < size; c++) {
                    boolean on = label == 0 ? r == line : c == line;
                    x[i][r * size + c] = (float) Math.min(1, Math.max(0, (on ? 0.9 : 0.1) + 0.1 * random.nextGaussian()));
                }
            }
            y[i][label] = 1;
        }
        return new DataSet(Nd4j.create(x), Nd4j.create(y));
    }

    /** An LSTM that reads a sequence and gives one class per sequence. */
    public static MultiLayerNetwork sequenceClassifier(int features, int classes) {
        return init(start(0.02)
                .layer(new LastTimeStep(new LSTM.Builder().nIn(features).nOut(8).activation(Activation.TANH).build()))
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).nIn(8).nOut(classes).activation(Activation.SOFTMAX).build())
                .build());
    }

    /** Sequences [n, 1, steps] of values in [-1, 1]; the class is 1 when their sum is positive. */
    public static DataSet sumSign(int n, int steps, long seed) {
        Random random = new Random(seed);
        float[][][] x = new float[n][1][steps];
        float[][] y = new float[n][2];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int t = 0; t < steps; t++) {
                x[i][0][t] = (float) (2 * random.nextDouble() - 1);
                sum += x[i][0][t];
            }
            y[i][sum > 0 ? 1 : 0] = 1;
        }
        return new DataSet(Nd4j.create(x), Nd4j.create(y));
    }

    /** An LSTM that gives one class per time step. */
    public static MultiLayerNetwork sequenceLabeller(int features, int classes) {
        return init(start(0.02)
                .layer(new LSTM.Builder().nIn(features).nOut(8).activation(Activation.TANH).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nIn(8).nOut(classes).activation(Activation.SOFTMAX).build())
                .build());
    }

    /** Sequences [n, 1, steps]; the label of each step [n, 2, steps] is whether the running sum is positive. */
    public static DataSet runningSumSign(int n, int steps, long seed) {
        Random random = new Random(seed);
        float[][][] x = new float[n][1][steps];
        float[][][] y = new float[n][2][steps];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int t = 0; t < steps; t++) {
                x[i][0][t] = (float) (2 * random.nextDouble() - 1);
                sum += x[i][0][t];
                y[i][sum > 0 ? 1 : 0][t] = 1;
            }
        }
        return new DataSet(Nd4j.create(x), Nd4j.create(y));
    }

    /** An autoencoder squeezing {@code inputs} numbers through {@code code} and back (MSE, identity output). */
    public static MultiLayerNetwork autoencoder(int inputs, int code) {
        return init(start(0.01)
                .layer(new DenseLayer.Builder().nIn(inputs).nOut(code).activation(Activation.IDENTITY).build())
                .layer(new OutputLayer.Builder(LossFunction.MSE).nIn(code).nOut(inputs).activation(Activation.IDENTITY).build())
                .build());
    }

    /** Points of {@code dimensions} numbers that lie on a plane (two hidden factors); labels = features. */
    public static DataSet onAPlane(int n, int dimensions, long seed) {
        Random random = new Random(seed);
        float[][] x = new float[n][dimensions];
        for (int i = 0; i < n; i++) {
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            for (int d = 0; d < dimensions; d++) {
                x[i][d] = (float) (Math.sin(d + 1) * a + Math.cos(2 * d + 1) * b);
            }
        }
        return new DataSet(Nd4j.create(x), Nd4j.create(x));
    }

    /** A regression network: one input, tanh hidden layer, one linear output, MSE. */
    public static MultiLayerNetwork regression(int hidden) {
        return init(start(0.01)
                .layer(new DenseLayer.Builder().nIn(1).nOut(hidden).activation(Activation.TANH).build())
                .layer(new OutputLayer.Builder(LossFunction.MSE).nIn(hidden).nOut(1).activation(Activation.IDENTITY).build())
                .build());
    }

    /** y = sin(3x) for x in [-1, 1], plus a little noise. */
    public static DataSet sine(int n, long seed) {
        Random random = new Random(seed);
        float[][] x = new float[n][1];
        float[][] y = new float[n][1];
        for (int i = 0; i < n; i++) {
            x[i][0] = (float) (2 * random.nextDouble() - 1);
            y[i][0] = (float) (Math.sin(3 * x[i][0]) + 0.05 * random.nextGaussian());
        }
        return new DataSet(Nd4j.create(x), Nd4j.create(y));
    }

    /** A yes/no classifier: one sigmoid output with binary cross-entropy. */
    public static MultiLayerNetwork binary(int inputs) {
        return init(start(0.02)
                .layer(new DenseLayer.Builder().nIn(inputs).nOut(16).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunction.XENT).nIn(16).nOut(1).activation(Activation.SIGMOID).build())
                .build());
    }

    /** Two-class data turned into one 0/1 label column (class 1 = 1). */
    public static DataSet oneColumnLabels(DataSet oneHot) {
        return new DataSet(oneHot.getFeatures(), oneHot.getLabels().getColumn(1).reshape(oneHot.numExamples(), 1).dup());
    }
}

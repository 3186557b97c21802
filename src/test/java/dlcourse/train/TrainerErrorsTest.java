package dlcourse.train;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import dlcourse.data.OneHot;
import dlcourse.data.SyntheticData;
import dlcourse.nets.Mlp;
import java.util.stream.Stream;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** One test per mistake a learner can make with Trainer; each message names what was given and the fix. */
class TrainerErrorsTest {

    private static DataSet moons() {
        return SyntheticData.moons(20, 0.1, 1);
    }

    private static Trainer quiet() {
        return Trainer.builder().epochs(1).live(false).build();
    }

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("no network", () -> quiet().fit(null, moons()), "was given null", "Mlp.classifier(2, 2, 16)"),
                wrong("no data", () -> quiet().fit(Mlp.classifier(2, 2, 4), null), "training data", "was given null",
                        "check how the data were loaded"),
                wrong("empty data",
                        () -> quiet().fit(Mlp.classifier(2, 2, 4),
                                new DataSet(Nd4j.create(DataType.FLOAT, 0, 2), Nd4j.create(DataType.FLOAT, 0, 2))),
                        "at least one example", "an empty data set", "check how the data were loaded"),
                wrong("missing labels",
                        () -> quiet().fit(Mlp.classifier(2, 2, 4), new DataSet(moons().getFeatures(), null)),
                        "has no labels", "new DataSet(features, labels)"),
                wrong("too few features", () -> quiet().fit(Mlp.classifier(3, 2, 4), moons()), "expects 3 inputs",
                        "has 2 features", "build the network with 2 inputs"),
                wrong("sequences into an MLP",
                        () -> quiet().fit(Mlp.classifier(1, 2, 4), TrainFixtures.sumSign(10, 4, 1)),
                        "rows of 1 feature,", "[10, 1, 4]", "flatten every example to one row"),
                wrong("image rows of the wrong size",
                        () -> quiet().fit(TrainFixtures.cnn(8, 2), new DataSet(Nd4j.rand(DataType.FLOAT, 10, 60),
                                moons().getLabels().getRows(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))),
                        "images of 8×8 pixels", "has 60 values per example", "give every image 64 values"),
                wrong("rows into a recurrent network",
                        () -> quiet().fit(TrainFixtures.sequenceClassifier(1, 2),
                                new DataSet(Nd4j.rand(DataType.FLOAT, 10, 7), Nd4j.rand(DataType.FLOAT, 10, 2))),
                        "sequences shaped [examples, features, time steps]", "[10, 7]", "x.reshape(n, 1, steps)"),
                wrong("sequences with the wrong number of features",
                        () -> quiet().fit(TrainFixtures.sequenceClassifier(1, 2),
                                new DataSet(Nd4j.rand(DataType.FLOAT, 10, 3, 7), Nd4j.rand(DataType.FLOAT, 10, 2))),
                        "[n, 1, any]", "[10, 3, 7]", "give every time step 1 feature,"),
                wrong("fewer label columns than outputs", () -> quiet().fit(Mlp.classifier(2, 3, 4), moons()),
                        "3 outputs (one per class)", "2 label columns", "one-hot", "OneHot.encode(classes, 3)",
                        "if the problem has 2 classes, give the network 2 outputs instead"),
                wrong("per-step labels for a one-per-sequence network",
                        () -> quiet().fit(TrainFixtures.sequenceClassifier(1, 2),
                                TrainFixtures.runningSumSign(10, 5, 1)),
                        "[10, 2, 5]", "give labels [examples, outputs]"),
                wrong("one-per-sequence labels for a per-step network",
                        () -> quiet().fit(TrainFixtures.sequenceLabeller(1, 2), TrainFixtures.sumSign(10, 5, 1)),
                        "[10, 2]", "wrap the last recurrent layer in LastTimeStep"),
                wrong("validation data that does not fit",
                        () -> Trainer.builder().epochs(1).live(false).validation(TrainFixtures.sine(10, 1)).build()
                                .fit(Mlp.classifier(2, 2, 4), moons()),
                        "validation data", "has 1 feature;"),
                wrong("no epochs", () -> Trainer.builder().epochs(0).build(), "was given 0", "try 10"),
                wrong("no batch", () -> Trainer.builder().batchSize(-4).build(), "was given -4",
                        "32 is a good default"),
                wrong("no patience", () -> Trainer.builder().earlyStopping(0), "was given 0", "5 to 10 is typical"),
                wrong("early stopping without validation data", IllegalStateException.class,
                        () -> Trainer.builder().earlyStopping(5).build(), "validation loss", "no validation data",
                        ".validation(testData)", ".earlyStopping(\"loss\", 5)"),
                wrong("early stopping on a metric the training does not record",
                        () -> Trainer.builder().epochs(1).live(false).validation(TrainFixtures.sine(10, 2))
                                .earlyStopping("validation accuracy", 3).build()
                                .fit(TrainFixtures.regression(4), TrainFixtures.sine(10, 1)),
                        "'validation accuracy'", "[loss, validation loss]", "choose one of those"),
                wrong("an optimizer and a learning rate", IllegalStateException.class,
                        () -> Trainer.builder().optimizer(Optimizer.sgd(0.1)).learningRate(0.01).build(),
                        "SGD(learning rate 0.1)", "0.01", ".optimizer(Optimizer.adam(0.01))"),
                wrong("a negative learning rate", () -> Trainer.builder().learningRate(-0.1), "was given -0.1",
                        "0.0001 to 0.1"),
                wrong("no optimizer", () -> Trainer.builder().optimizer(null), "was given null",
                        "Optimizer.adam(0.001)"),
                wrong("no callback", () -> Trainer.builder().callback(null), "was given null",
                        ".callback(epoch -> System.out.println(epoch))"),
                wrong("accuracy of a regression network",
                        () -> Trainer.accuracy(TrainFixtures.regression(4), TrainFixtures.sine(10, 1)),
                        "expected a classifier", "RegressionReport"),
                wrong("an unknown metric in a callback",
                        () -> Trainer.builder().epochs(1).live(false).callback(epoch -> epoch.metric("acc")).build()
                                .fit(Mlp.classifier(2, 2, 4), moons()),
                        "'acc'", "[loss, accuracy]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }

    @Test
    void imagesOfTheWrongHeightIntoAConvolutionalFirstLayer() {
        // No preprocessor here: the first layer takes [n, 1, 8, 8] images. The 6×6 images pass the
        // channel check, and the trial run of one example catches the rest.
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(2).build())
                .layer(new OutputLayer.Builder().nOut(2).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(8, 8, 1)).build());
        net.init();
        DataSet images = new DataSet(Nd4j.rand(DataType.FLOAT, 4, 1, 6, 6), Nd4j.create(new float[][] {{1, 0}, {0, 1}, {1, 0}, {0, 1}}));
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(net, images),
                "cannot process the training data", "[4, 1, 6, 6]", "DL4J says", "rebuild the network for this shape");
    }

    @Test
    void classNumbersInsteadOfOneHotRows() {
        DataSet moons = moons();
        DataSet numbers = new DataSet(moons.getFeatures(), Nd4j.createFromArray(OneHot.decode(moons.getLabels()))
                .castTo(DataType.FLOAT).reshape(-1, 1));
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(Mlp.classifier(2, 2, 4), numbers),
                "2 outputs (one per class)", "1 label column, which look like class numbers 0 to 1", "one-hot",
                "OneHot.encode(classes, 2)");
    }

    @Test
    void moreLabelRowsThanExamples() {
        DataSet moons = moons();
        DataSet mismatched = new DataSet(moons.getFeatures(), Nd4j.vstack(moons.getLabels(), moons.getLabels()));
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(Mlp.classifier(2, 2, 4), mismatched),
                "20 examples but 40 label rows", "exactly one label row");
    }

    @Test
    void notANumberAmongTheFeatures() {
        DataSet nan = moons();
        nan.getFeatures().putScalar(3, 1, Double.NaN);
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(Mlp.classifier(2, 2, 4), nan),
                "NaN or infinite feature values", "remove or fill those rows");
    }

    @Test
    void everyKindOfNonFiniteValueIsFoundWhereverItIsInFloatAndDoubleData() {
        // 3,000 × 5 values: several of the check's chunks, so the last value is in a later one.
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                for (long row : new long[] {0, 1_700, 2_999}) {
                    DataSet data = new DataSet(Nd4j.rand(type, 3_000, 5), OneHot.encode(new int[3_000], 2));
                    data.getFeatures().putScalar(row, 4, bad);
                    assertMessage(IllegalArgumentException.class, () -> quiet().fit(Mlp.classifier(5, 2, 4), data),
                            "NaN or infinite feature values");
                    DataSet view = new DataSet(data.getFeatures().get(org.nd4j.linalg.indexing.NDArrayIndex.interval(
                            row, row + 1), org.nd4j.linalg.indexing.NDArrayIndex.all()), data.getLabels().getRow(row, true));
                    assertMessage(IllegalArgumentException.class, () -> quiet().fit(Mlp.classifier(5, 2, 4), view),
                            "NaN or infinite feature values");
                }
            }
        }
        DataSet huge = new DataSet(Nd4j.zeros(DataType.FLOAT, 10, 2).addi(-Float.MAX_VALUE), OneHot.encode(new int[10], 2));
        DataCheck.check(Mlp.classifier(2, 2, 4), huge);   // the largest finite float is no reason to complain
    }

    @Test
    void infinityAmongTheLabels() {
        DataSet infinite = TrainFixtures.sine(20, 1);
        infinite.getLabels().putScalar(5, 0, Double.POSITIVE_INFINITY);
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(TrainFixtures.regression(4), infinite),
                "NaN or infinite label values", "remove or fill those rows");
    }

    @Test
    void classNumbersInsteadOfOneHotLabels() {
        DataSet moons = moons();
        DataSet numbers = new DataSet(moons.getFeatures(), moons.getLabels().mul(3));
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(Mlp.classifier(2, 2, 4), numbers),
                "from 0.0 to 3.0", "one-hot", "SyntheticData.toDataSet");
    }

    @Test
    void aShapeProblemDl4jFindsOnlyWhileTraining() {
        // Inference works, so the trial example passes; DL4J objects only when it computes gradients.
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().list()
                .layer(new org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional(
                        new org.deeplearning4j.nn.conf.layers.LSTM.Builder().nIn(2).nOut(3).build()))
                .layer(new org.deeplearning4j.nn.conf.layers.RnnOutputLayer.Builder().nIn(6).nOut(1)
                        .activation(Activation.IDENTITY).lossFunction(org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction.MSE).build())
                .build());
        net.init();
        DataSet sequences = new DataSet(Nd4j.rand(DataType.FLOAT, 8, 2, 4), Nd4j.rand(DataType.FLOAT, 8, 1, 4));
        assertMessage(IllegalStateException.class, () -> quiet().fit(net, sequences),
                "batch 1 of epoch 1", "features [8, 2, 4], labels [8, 1, 4]", "compare the network's layers");
    }
}

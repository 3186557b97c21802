package dlcourse.train;

import static dlcourse.Messages.assertMessage;

import dlcourse.data.OneHot;
import dlcourse.data.SyntheticData;
import dlcourse.nets.Mlp;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** One test per mistake a learner can make with Trainer; each message names what was given and the fix. */
class TrainerErrorsTest {

    private final DataSet moons = SyntheticData.moons(20, 0.1, 1);

    private static Trainer quiet() {
        return Trainer.builder().epochs(1).live(false).build();
    }

    @Test
    void noNetwork() {
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(null, moons),
                "was given null", "Mlp.classifier(2, 2, 16)");
    }

    @Test
    void noData() {
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(Mlp.classifier(2, 2, 4), null),
                "training data", "was given null", "check how the data were loaded");
    }

    @Test
    void emptyData() {
        DataSet empty = new DataSet(Nd4j.create(DataType.FLOAT, 0, 2), Nd4j.create(DataType.FLOAT, 0, 2));
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(Mlp.classifier(2, 2, 4), empty),
                "at least one example", "an empty data set", "check how the data were loaded");
    }

    @Test
    void missingLabels() {
        DataSet unlabelled = new DataSet(moons.getFeatures(), null);
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(Mlp.classifier(2, 2, 4), unlabelled),
                "has no labels", "new DataSet(features, labels)");
    }

    @Test
    void tooFewFeatures() {
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(Mlp.classifier(3, 2, 4), moons),
                "expects 3 inputs", "has 2 features", "build the network with 2 inputs");
    }

    @Test
    void sequencesIntoAnMlp() {
        DataSet sequences = TrainFixtures.sumSign(10, 4, 1);
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(Mlp.classifier(1, 2, 4), sequences),
                "rows of 1 feature,", "[10, 1, 4]", "flatten every example to one row");
    }

    @Test
    void imageRowsOfTheWrongSize() {
        DataSet small = new DataSet(Nd4j.rand(DataType.FLOAT, 10, 60), moons.getLabels().getRows(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(TrainFixtures.cnn(8, 2), small),
                "images of 8×8 pixels", "has 60 values per example", "give every image 64 values");
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
    void rowsIntoARecurrentNetwork() {
        DataSet rows = new DataSet(Nd4j.rand(DataType.FLOAT, 10, 7), Nd4j.rand(DataType.FLOAT, 10, 2));
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(TrainFixtures.sequenceClassifier(1, 2), rows),
                "sequences shaped [examples, features, time steps]", "[10, 7]", "x.reshape(n, 1, steps)");
    }

    @Test
    void sequencesWithTheWrongNumberOfFeatures() {
        DataSet three = new DataSet(Nd4j.rand(DataType.FLOAT, 10, 3, 7), Nd4j.rand(DataType.FLOAT, 10, 2));
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(TrainFixtures.sequenceClassifier(1, 2), three),
                "[n, 1, any]", "[10, 3, 7]", "give every time step 1 feature,");
    }

    @Test
    void fewerLabelColumnsThanOutputs() {
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(Mlp.classifier(2, 3, 4), moons),
                "3 outputs (one per class)", "2 label columns", "one-hot", "OneHot.encode(classes, 3)",
                "if the problem has 2 classes, give the network 2 outputs instead");
    }

    @Test
    void classNumbersInsteadOfOneHotRows() {
        DataSet numbers = new DataSet(moons.getFeatures(), Nd4j.createFromArray(OneHot.decode(moons.getLabels()))
                .castTo(DataType.FLOAT).reshape(-1, 1));
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(Mlp.classifier(2, 2, 4), numbers),
                "2 outputs (one per class)", "1 label column, which look like class numbers 0 to 1", "one-hot",
                "OneHot.encode(classes, 2)");
    }

    @Test
    void perStepLabelsForAOnePerSequenceNetwork() {
        DataSet perStep = TrainFixtures.runningSumSign(10, 5, 1);
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(TrainFixtures.sequenceClassifier(1, 2), perStep),
                "[10, 2, 5]", "give labels [examples, outputs]");
    }

    @Test
    void onePerSequenceLabelsForAPerStepNetwork() {
        DataSet perSequence = TrainFixtures.sumSign(10, 5, 1);
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(TrainFixtures.sequenceLabeller(1, 2), perSequence),
                "[10, 2]", "wrap the last recurrent layer in LastTimeStep");
    }

    @Test
    void moreLabelRowsThanExamples() {
        DataSet mismatched = new DataSet(moons.getFeatures(), Nd4j.vstack(moons.getLabels(), moons.getLabels()));
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(Mlp.classifier(2, 2, 4), mismatched),
                "20 examples but 40 label rows", "exactly one label row");
    }

    @Test
    void notANumberAmongTheFeatures() {
        DataSet nan = moons.copy();
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
        DataSet numbers = new DataSet(moons.getFeatures(), moons.getLabels().mul(3));
        assertMessage(IllegalArgumentException.class, () -> quiet().fit(Mlp.classifier(2, 2, 4), numbers),
                "from 0.0 to 3.0", "one-hot", "SyntheticData.toDataSet");
    }

    @Test
    void validationDataThatDoesNotFit() {
        Trainer trainer = Trainer.builder().epochs(1).live(false).validation(TrainFixtures.sine(10, 1)).build();
        assertMessage(IllegalArgumentException.class, () -> trainer.fit(Mlp.classifier(2, 2, 4), moons),
                "validation data", "has 1 feature;");
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

    @Test
    void noEpochs() {
        assertMessage(IllegalArgumentException.class, () -> Trainer.builder().epochs(0).build(),
                "was given 0", "try 10");
    }

    @Test
    void noBatch() {
        assertMessage(IllegalArgumentException.class, () -> Trainer.builder().batchSize(-4).build(),
                "was given -4", "32 is a good default");
    }

    @Test
    void noPatience() {
        assertMessage(IllegalArgumentException.class, () -> Trainer.builder().earlyStopping(0),
                "was given 0", "5 to 10 is typical");
    }

    @Test
    void earlyStoppingWithoutValidationData() {
        assertMessage(IllegalStateException.class, () -> Trainer.builder().earlyStopping(5).build(),
                "validation loss", "no validation data", ".validation(testData)", ".earlyStopping(\"loss\", 5)");
    }

    @Test
    void earlyStoppingOnAMetricTheTrainingDoesNotRecord() {
        Trainer trainer = Trainer.builder().epochs(1).live(false).validation(TrainFixtures.sine(10, 2))
                .earlyStopping("validation accuracy", 3).build();
        assertMessage(IllegalArgumentException.class, () -> trainer.fit(TrainFixtures.regression(4), TrainFixtures.sine(10, 1)),
                "'validation accuracy'", "[loss, validation loss]", "choose one of those");
    }

    @Test
    void anOptimizerAndALearningRate() {
        assertMessage(IllegalStateException.class,
                () -> Trainer.builder().optimizer(Optimizer.sgd(0.1)).learningRate(0.01).build(),
                "SGD(learning rate 0.1)", "0.01", ".optimizer(Optimizer.adam(0.01))");
    }

    @Test
    void aNegativeLearningRate() {
        assertMessage(IllegalArgumentException.class, () -> Trainer.builder().learningRate(-0.1),
                "was given -0.1", "0.0001 to 0.1");
    }

    @Test
    void noOptimizer() {
        assertMessage(IllegalArgumentException.class, () -> Trainer.builder().optimizer(null),
                "was given null", "Optimizer.adam(0.001)");
    }

    @Test
    void noCallback() {
        assertMessage(IllegalArgumentException.class, () -> Trainer.builder().callback(null),
                "was given null", ".callback(epoch -> System.out.println(epoch))");
    }

    @Test
    void accuracyOfARegressionNetwork() {
        assertMessage(IllegalArgumentException.class, () -> Trainer.accuracy(TrainFixtures.regression(4), TrainFixtures.sine(10, 1)),
                "expected a classifier", "RegressionReport");
    }

    @Test
    void anUnknownMetricInACallback() {
        assertMessage(IllegalArgumentException.class, () -> Trainer.builder().epochs(1).live(false)
                        .callback(epoch -> epoch.metric("acc")).build().fit(Mlp.classifier(2, 2, 4), moons),
                "'acc'", "[loss, accuracy]");
    }
}

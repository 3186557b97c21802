package dlcourse.nets;

import static dlcourse.nets.NetAssertions.baseLayer;
import static dlcourse.nets.NetAssertions.layer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.train.History;
import dlcourse.train.Trainer;
import java.util.Random;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.conf.layers.recurrent.SimpleRnn;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

class RecurrentTest {

    @Test
    void lstmClassifierReadsTheSequenceAndAnswersOnce() {
        MultiLayerNetwork net = Recurrent.lstmClassifier(2, 3, 8);
        assertEquals(2, net.getnLayers());
        LSTM lstm = (LSTM) ((LastTimeStep) layer(net, 0)).getUnderlying();
        assertEquals(2, lstm.getNIn());
        assertEquals(8, lstm.getNOut());
        assertEquals(3.0, lstm.getForgetGateBiasInit(), 1e-12);
        OutputLayer output = (OutputLayer) layer(net, 1);
        assertInstanceOf(ActivationSoftmax.class, output.getActivationFn());
        assertArrayEquals(new long[] {4, 3}, net.output(Nd4j.rand(DataType.FLOAT, 4, 2, 10)).shape());
    }

    @Test
    void simpleRnnClassifierUsesSimpleCells() {
        MultiLayerNetwork net = Recurrent.simpleRnnClassifier(1, 2, 16);
        assertInstanceOf(SimpleRnn.class, ((LastTimeStep) layer(net, 0)).getUnderlying());
        assertArrayEquals(new long[] {3, 2}, net.output(Nd4j.rand(DataType.FLOAT, 3, 1, 7)).shape());
    }

    @Test
    void stackedLayersPassTheWholeSequenceOnAndDropBetweenLayers() {
        MultiLayerNetwork net = Recurrent.lstm().features(1).units(8, 4).outputs(2).dropout(0.3).build();
        assertInstanceOf(LSTM.class, layer(net, 0), "the first layer hands on every step");
        assertInstanceOf(LastTimeStep.class, layer(net, 1));
        assertNull(layer(net, 0).getIDropout(), "the sequence itself is not dropped");
        assertEquals(0.7, ((Dropout) ((LastTimeStep) layer(net, 1)).getUnderlying().getIDropout()).getP(), 1e-12);
        assertEquals(0.7, ((Dropout) layer(net, 2).getIDropout()).getP(), 1e-12);
    }

    @Test
    void regressorHasIdentityOutputsAndMeanSquaredError() {
        MultiLayerNetwork net = Recurrent.lstmRegressor(1, 3, 8);
        OutputLayer output = (OutputLayer) layer(net, 1);
        assertInstanceOf(ActivationIdentity.class, output.getActivationFn());
        assertInstanceOf(LossMSE.class, output.getLossFn());
        assertArrayEquals(new long[] {2, 3}, net.output(Nd4j.rand(DataType.FLOAT, 2, 1, 12)).shape());
        assertInstanceOf(SimpleRnn.class, ((LastTimeStep) layer(Recurrent.simpleRnnRegressor(1, 1, 4), 0)).getUnderlying());
    }

    @Test
    void sequenceToSequenceAnswersAtEveryStep() {
        MultiLayerNetwork net = Recurrent.lstm().features(3).units(8).outputs(4).sequenceToSequence().build();
        assertInstanceOf(LSTM.class, layer(net, 0));
        assertInstanceOf(RnnOutputLayer.class, layer(net, 1));
        assertArrayEquals(new long[] {2, 4, 9}, net.output(Nd4j.rand(DataType.FLOAT, 2, 3, 9)).shape());
    }

    @Test
    void gradientsAreClippedUnlessTurnedOff() {
        MultiLayerNetwork clipped = Recurrent.lstmClassifier(1, 2, 4);
        assertEquals(GradientNormalization.ClipElementWiseAbsoluteValue, baseLayer(clipped, 1).getGradientNormalization());
        assertEquals(1.0, baseLayer(clipped, 1).getGradientNormalizationThreshold(), 1e-12);
        MultiLayerNetwork free = Recurrent.lstm().features(1).outputs(2).gradientClipping(0).build();
        assertEquals(GradientNormalization.None, baseLayer(free, 1).getGradientNormalization());
        assertEquals(0.005, ((Adam) baseLayer(free, 1).getIUpdater()).getLearningRate(), 1e-12);
    }

    @Test
    void theSameSeedGivesTheSameWeights() {
        assertEquals(Recurrent.lstmClassifier(2, 2, 8).params(), Recurrent.lstmClassifier(2, 2, 8).params());
        assertNotEquals(Recurrent.lstmClassifier(2, 2, 8).params(),
                Recurrent.lstm().features(2).units(8).outputs(2).seed(7).build().params());
    }

    @Test
    @Tag("slow")
    void trainerFitsSequenceToOneAndSequenceToSequence() {
        // Label of a whole sequence: is its sum positive? Label of each step: is that step positive?
        Random random = new Random(3);
        int n = 64;
        int steps = 6;
        float[][][] x = new float[n][1][steps];
        float[][] wholeLabels = new float[n][2];
        float[][][] stepLabels = new float[n][2][steps];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int t = 0; t < steps; t++) {
                x[i][0][t] = (float) random.nextGaussian();
                sum += x[i][0][t];
                stepLabels[i][x[i][0][t] > 0 ? 1 : 0][t] = 1f;
            }
            wholeLabels[i][sum > 0 ? 1 : 0] = 1f;
        }
        Trainer trainer = Trainer.builder().epochs(25).batchSize(16).live(false).build();
        MultiLayerNetwork toOne = Recurrent.lstmClassifier(1, 2, 8);
        History one = trainer.fit(toOne, new DataSet(Nd4j.create(x), Nd4j.create(wholeLabels)));
        assertTrue(one.last("accuracy") >= 0.9, one.toString());
        MultiLayerNetwork toSequence = Recurrent.lstm().features(1).units(8).outputs(2).sequenceToSequence().build();
        History every = trainer.fit(toSequence, new DataSet(Nd4j.create(x), Nd4j.create(stepLabels)));
        assertTrue(every.last("accuracy") >= 0.9, every.toString());
    }
}

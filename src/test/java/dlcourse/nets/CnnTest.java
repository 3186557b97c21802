package dlcourse.nets;

import static dlcourse.nets.NetAssertions.layer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.backend.OneDnn;
import dlcourse.train.History;
import dlcourse.train.Trainer;
import java.util.List;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

class CnnTest {

    @Test
    void defaultClassifierIsTwoConvolutionsAndPoolingsThenDense() {
        MultiLayerNetwork net = Cnn.classifier(8, 8, 10);
        List<Class<?>> kinds = List.of(ConvolutionLayer.class, SubsamplingLayer.class, ConvolutionLayer.class,
                SubsamplingLayer.class, DenseLayer.class, OutputLayer.class);
        assertEquals(kinds.size(), net.getnLayers());
        for (int i = 0; i < kinds.size(); i++) {
            assertInstanceOf(kinds.get(i), layer(net, i), "layer " + i);
        }
        assertEquals(16, ((ConvolutionLayer) layer(net, 0)).getNOut());
        assertEquals(32, ((ConvolutionLayer) layer(net, 2)).getNOut());
        assertEquals(64, ((DenseLayer) layer(net, 4)).getNOut());
        assertInstanceOf(ActivationSoftmax.class, ((OutputLayer) layer(net, 5)).getActivationFn());
        assertEquals(0.005, ((Adam) ((ConvolutionLayer) layer(net, 0)).getIUpdater()).getLearningRate(), 1e-12);
    }

    @Test
    void readsFlatRowsAndGivesClassProbabilities() {
        INDArray rows = Nd4j.rand(DataType.FLOAT, 5, 64);
        INDArray probabilities = Cnn.classifier(8, 8, 10).output(rows);
        assertArrayEquals(new long[] {5, 10}, probabilities.shape());
        INDArray sums = probabilities.sum(1);
        for (int i = 0; i < 5; i++) {
            assertEquals(1.0, sums.getDouble(i), 1e-5);
        }
        assertArrayEquals(new long[] {3, 10}, Cnn.classifier(28, 28, 10).output(Nd4j.rand(DataType.FLOAT, 3, 784)).shape());
    }

    @Test
    void convolutionsKeepTheSizeAndPoolingShrinksIt() {
        MultiLayerNetwork net = Cnn.builder().image(7, 10).conv(4, 3).pool(2).conv(6, 3).dense(8).outputs(3).build();
        List<INDArray> activations = net.feedForward(Nd4j.rand(DataType.FLOAT, 2, 70));
        // feedForward lists the input first, then each layer's output.
        assertArrayEquals(new long[] {2, 4, 7, 10}, activations.get(1).shape());
        assertArrayEquals(new long[] {2, 4, 3, 5}, activations.get(2).shape(), "7 by 10 pooled by 2 is 3 by 5");
        assertArrayEquals(new long[] {2, 6, 3, 5}, activations.get(3).shape());
        assertArrayEquals(new long[] {2, 8}, activations.get(4).shape());
        assertArrayEquals(new long[] {2, 3}, activations.get(5).shape());
    }

    @Test
    void dropoutActsOnTheDenseLayersOnly() {
        MultiLayerNetwork net = Cnn.builder().image(8, 8).conv(4, 3).pool(2).dense(16).outputs(2).dropout(0.4).build();
        assertNull(layer(net, 0).getIDropout());
        assertEquals(0.6, ((Dropout) layer(net, 2).getIDropout()).getP(), 1e-12);
        assertEquals(0.6, ((Dropout) layer(net, 3).getIDropout()).getP(), 1e-12);
    }

    @Test
    void theSameSeedGivesTheSameWeights() {
        assertEquals(Cnn.classifier(8, 8, 3).params(), Cnn.classifier(8, 8, 3).params());
        assertNotEquals(Cnn.classifier(8, 8, 3).params(),
                Cnn.builder().image(8, 8).outputs(3).seed(7).build().params());
    }

    @Test
    void trainerAcceptsImageRowsAndCountsPixels() {
        float[][] x = new float[40][36];
        float[][] y = new float[40][2];
        for (int i = 0; i < 40; i++) {
            int label = i % 2;
            // Class 1 is bright on the left half, class 0 on the right.
            for (int p = 0; p < 36; p++) {
                x[i][p] = (p % 6 < 3) == (label == 1) ? 1f : 0f;
            }
            y[i][label] = 1f;
        }
        DataSet data = new DataSet(Nd4j.create(x), Nd4j.create(y));
        MultiLayerNetwork net = Cnn.builder().image(6, 6).conv(4, 3).pool(2).dense(8).outputs(2).build();
        History history = Trainer.builder().epochs(15).batchSize(8).live(false).build().fit(net, data);
        assertEquals(1.0, history.last("accuracy"), history.toString());

        MultiLayerNetwork wrongSize = Cnn.builder().image(5, 5).conv(4, 3).outputs(2).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Trainer.fit(wrongSize, data, 1));
        assertTrue(e.getMessage().contains("5×5 pixels") && e.getMessage().contains("36 values per example"),
                e.getMessage());
    }

    @Test
    void cachingTheForwardPassTrainsToTheSameWeights() {
        // Cnn keeps the forward pass for backpropagation (CacheMode.DEVICE); without the cache DL4J
        // computes it again. Same seed, data and batches must give the same weights either way.
        MultiLayerNetwork cached = Cnn.builder().image(6, 6).conv(4, 3).pool(2).dense(8).outputs(2).build();
        assertEquals(CacheMode.DEVICE, cached.getLayerWiseConfigurations().getConf(0).getCacheMode());
        MultiLayerNetwork uncached = Cnn.builder().image(6, 6).conv(4, 3).pool(2).dense(8).outputs(2).build();
        uncached.getLayerWiseConfigurations().getConfs().forEach(c -> c.setCacheMode(CacheMode.NONE));
        uncached = new MultiLayerNetwork(uncached.getLayerWiseConfigurations().clone());
        uncached.init();
        OneDnn.useFor(uncached); // as Cnn's builder does: both networks compute convolutions the same way
        assertEquals(CacheMode.NONE, uncached.getLayerWiseConfigurations().getConf(0).getCacheMode());
        DataSet data = new DataSet(Nd4j.rand(DataType.FLOAT, 16, 36), Nd4j.eye(2).repeat(0, 8).castTo(DataType.FLOAT));
        for (MultiLayerNetwork net : List.of(cached, uncached)) {
            for (int step = 0; step < 5; step++) {
                net.fit(data);
            }
        }
        assertNotEquals(Cnn.builder().image(6, 6).conv(4, 3).pool(2).dense(8).outputs(2).build().params(),
                cached.params(), "training changed the weights");
        assertEquals(uncached.params(), cached.params());
    }
}

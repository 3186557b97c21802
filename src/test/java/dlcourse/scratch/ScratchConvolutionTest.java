package dlcourse.scratch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.nets.Cnn;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ScratchConvolutionTest {

    private static final double[][] VERTICAL_EDGE = {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}};

    /** A 5×5 image: black on the left two columns, white on the right three. */
    private static double[][] halfWhite() {
        double[][] image = new double[5][5];
        for (double[] row : image) {
            row[2] = row[3] = row[4] = 1;
        }
        return image;
    }

    @Test
    void aVerticalEdgeKernelRespondsOnlyWhereBrightnessChanges() {
        double[][] out = ScratchConvolution.apply(halfWhite(), VERTICAL_EDGE);
        assertEquals(3, out.length);
        for (double[] row : out) {
            assertArrayEquals(new double[] {4, 4, 0}, row, 1e-12);   // the edge, then flat white
        }
    }

    @Test
    void paddingKeepsTheSizeAndStrideSkipsPixels() {
        double[][] image = new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        double[][] identity = {{0, 0, 0}, {0, 1, 0}, {0, 0, 0}};
        assertArrayEquals(image, ScratchConvolution.apply(image, identity, 1, 1));
        double[][] sum = {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}};
        double[][] strided = ScratchConvolution.apply(image, sum, 1, 2);
        assertArrayEquals(new double[][] {{12, 16}, {24, 28}}, strided);   // corners see 4 pixels each
        assertEquals(2, ScratchConvolution.outputSize(3, 3, 1, 2));
    }

    @Test
    void outputSizeFollowsTheFormula() {
        assertEquals(26, ScratchConvolution.outputSize(28, 3, 0, 1));
        assertEquals(28, ScratchConvolution.outputSize(28, 3, 1, 1));
        assertEquals(14, ScratchConvolution.outputSize(28, 3, 1, 2));
        assertEquals(12, ScratchConvolution.outputSize(28, 5, 0, 2));   // floor(23 / 2) + 1
        assertEquals(14, ScratchConvolution.outputSize(28, 2, 0, 2));   // pooling
        for (int n = 3; n < 12; n++) {
            for (int p = 0; p < 3; p++) {
                for (int s = 1; s < 4; s++) {
                    int computed = ScratchConvolution.apply(new double[n][n], VERTICAL_EDGE, p, s).length;
                    assertEquals(ScratchConvolution.outputSize(n, 3, p, s), computed, n + " " + p + " " + s);
                }
            }
        }
    }

    @Test
    void maxPoolKeepsTheLargestValueOfEachSquare() {
        double[][] image = {{1, 2, 0, 0, 9}, {3, 4, 0, -1, 9}, {5, 0, 7, 7, 9}, {0, 0, 7, 8, 9}, {9, 9, 9, 9, 9}};
        assertArrayEquals(new double[][] {{4, 0}, {5, 8}}, ScratchConvolution.maxPool(image, 2));
    }

    @Test
    void matchesADl4jConvolutionLayer() {
        MultiLayerNetwork net = Cnn.builder().image(6, 6).conv(1, 3).outputs(2)
                .activation(Activation.IDENTITY).seed(1).build();
        net.getLayer(0).setParam("W", Nd4j.create(VERTICAL_EDGE).reshape(1, 1, 3, 3).castTo(DataType.FLOAT));
        net.getLayer(0).setParam("b", Nd4j.zeros(DataType.FLOAT, 1, 1));
        double[][] image = new double[6][6];
        for (int r = 0; r < 6; r++) {
            for (int c = 0; c < 6; c++) {
                image[r][c] = Math.sin(r + 2.0 * c);
            }
        }
        INDArray row = Nd4j.create(image).reshape(1, 36).castTo(DataType.FLOAT);
        double[][] dl4j = net.feedForwardToLayer(0, row).get(1).reshape(6, 6).castTo(DataType.DOUBLE).toDoubleMatrix();
        double[][] ours = ScratchConvolution.apply(image, VERTICAL_EDGE, 1, 1);
        for (int r = 0; r < 6; r++) {
            assertArrayEquals(ours[r], dl4j[r], 1e-5);
        }
    }

    @Test
    void badInputGetsClearMessages() {
        IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
                () -> ScratchConvolution.apply(new double[][] {{1, 2}, {3}}, VERTICAL_EDGE));
        assertTrue(ragged.getMessage().contains("row 1 has 1"), ragged.getMessage());
        IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class,
                () -> ScratchConvolution.apply(new double[2][2], VERTICAL_EDGE));
        assertTrue(tooBig.getMessage().contains("does not fit"), tooBig.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ScratchConvolution.apply(new double[4][4], VERTICAL_EDGE, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> ScratchConvolution.apply(null, VERTICAL_EDGE));
        assertThrows(IllegalArgumentException.class, () -> ScratchConvolution.maxPool(new double[3][3], 4));
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> ScratchConvolution.outputSize(4, 7, 1, 1));
        assertTrue(size.getMessage().contains("does not fit"), size.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ScratchConvolution.outputSize(28, 3, -1, 1));
        double[][] nan = {{Double.NaN}};
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScratchConvolution.apply(nan, nan))
                .getMessage().contains("finite"));
    }
}

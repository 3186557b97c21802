package dlcourse.data;

import static dlcourse.Messages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.SplitTestAndTrain;
import org.nd4j.linalg.indexing.NDArrayIndex;

class SequencesTest {

    @Test
    void sineRepeatsEveryPeriodAndTheSeedFixesTheNoise() {
        double[] clean = Sequences.sine(100, 20, 0, 1);
        assertEquals(100, clean.length);
        for (int t = 0; t + 20 < clean.length; t++) {
            assertEquals(clean[t], clean[t + 20], 1e-9);
        }
        assertEquals(1.0, clean[5], 1e-9, "a quarter period in, the sine peaks");
        assertArrayEquals(Sequences.sine(100, 20, 0.1, 7), Sequences.sine(100, 20, 0.1, 7));
        assertFalse(java.util.Arrays.equals(Sequences.sine(100, 20, 0.1, 7), Sequences.sine(100, 20, 0.1, 8)));
    }

    @Test
    void compositeIsTrendPlusSeasonPlusNoise() {
        double[] exact = Sequences.composite(100, 0.01, 10, 0, 1);
        for (int t = 0; t < 100; t++) {
            double angle = 2 * Math.PI * t / 10;
            assertEquals(0.01 * t + Math.sin(angle) + 0.5 * Math.sin(2 * angle), exact[t], 1e-9);
        }
        double[] series = Sequences.composite(600, 42);
        int period = Sequences.COMPOSITE_PERIOD;
        double rise = mean(series, 600 - period, 600) - mean(series, 0, period);
        assertEquals(0.002 * (600 - period), rise, 0.1, "the trend adds 0.002 per step");
        // Steps a season apart differ only by trend and noise.
        double seasonal = 0;
        for (int t = 0; t + period < 600; t++) {
            seasonal += Math.abs(series[t + period] - series[t] - 0.002 * period);
        }
        assertTrue(seasonal / (600 - period) < 0.15, "mean difference a season apart " + seasonal / (600 - period));
        assertArrayEquals(series, Sequences.composite(600, 42));
    }

    @Test
    void windowsSlideOneStepAtATime() {
        DataSet windows = Sequences.windows(count(10), 3, 2);
        assertArrayEquals(new long[] {6, 1, 3}, windows.getFeatures().shape());
        assertArrayEquals(new long[] {6, 2}, windows.getLabels().shape());
        assertEquals(DataType.FLOAT, windows.getFeatures().dataType());
        assertArrayEquals(new float[] {0, 1, 2}, windows.getFeatures().slice(0).ravel().toFloatVector());
        assertArrayEquals(new float[] {3, 4}, windows.getLabels().getRow(0).toFloatVector());
        assertArrayEquals(new float[] {5, 6, 7}, windows.getFeatures().slice(5).ravel().toFloatVector());
        assertArrayEquals(new float[] {8, 9}, windows.getLabels().getRow(5).toFloatVector());
    }

    @Test
    void chronologicalSplitNeverTrainsOnTheFuture() {
        // The value at each step is the step's index, so every number tells where it came from.
        SplitTestAndTrain split = Sequences.chronologicalSplit(count(100), 5, 2, 0.8);
        DataSet train = split.getTrain();
        DataSet test = split.getTest();
        assertEquals(74, train.numExamples());
        assertEquals(19, test.numExamples());
        assertTrue(train.getLabels().maxNumber().doubleValue() < 80, "training labels end before the cut");
        assertTrue(train.getFeatures().maxNumber().doubleValue() < 80);
        assertEquals(80, test.getLabels().minNumber().doubleValue(), 1e-9, "the first test label is the cut");
        assertEquals(75, test.getFeatures().minNumber().doubleValue(), 1e-9, "inputs may look back");
        assertEquals(99, test.getLabels().maxNumber().doubleValue(), 1e-9, "the test reaches the end");
        Set<Float> trainLabels = new HashSet<>();
        for (float value : train.getLabels().data().asFloat()) {
            trainLabels.add(value);
        }
        for (float value : test.getLabels().data().asFloat()) {
            assertFalse(trainLabels.contains(value), value + " is a label in both");
        }
    }

    @Test
    void lastValueForecastRepeatsTheLastInput() {
        INDArray forecast = Sequences.lastValueForecast(Sequences.windows(count(10), 3, 2));
        assertArrayEquals(new long[] {6, 2}, forecast.shape());
        assertArrayEquals(new float[] {2, 2}, forecast.getRow(0).toFloatVector());
        assertArrayEquals(new float[] {7, 7}, forecast.getRow(5).toFloatVector());
    }

    @Test
    void longRangeHidesTheClassInTheFirstStep() {
        DataSet data = Sequences.longRange(50, 30, 3);
        assertArrayEquals(new long[] {50, 2, 30}, data.getFeatures().shape());
        assertArrayEquals(new long[] {50, 2}, data.getLabels().shape());
        assertEquals(DataType.FLOAT, data.getFeatures().dataType());
        assertEquals(List.of("negative first step", "positive first step"), data.getLabelNames());
        assertEquals(25, data.getLabels().getColumn(1).sumNumber().intValue(), "balanced classes");
        for (int i = 0; i < 50; i++) {
            double first = data.getFeatures().getDouble(i, 0, 0);
            assertEquals(first > 0 ? 1 : 0, data.getLabels().getRow(i).argMax().getInt(0));
            assertEquals(1.0, Math.abs(first), 1e-9);
            assertEquals(1.0, data.getFeatures().getDouble(i, 1, 0), 1e-9, "the marker is on at the first step");
            for (int t = 1; t < 30; t++) {
                assertEquals(0.0, data.getFeatures().getDouble(i, 1, t), 1e-9);
            }
        }
        assertEquals(data.getFeatures(), Sequences.longRange(50, 30, 3).getFeatures());
    }

    private static double[] count(int n) {
        double[] series = new double[n];
        for (int t = 0; t < n; t++) {
            series[t] = t;
        }
        return series;
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }

    @Test
    void delayedCopyLabelsEachPositionWithTheTokenDelayStepsBack() {
        DataSet data = Sequences.delayedCopy(3, 10, 4, 5, 1);
        float[][] tokens = data.getFeatures().toFloatMatrix();
        for (int i = 0; i < 3; i++) {
            for (int t = 0; t < 10; t++) {
                double masked = data.getLabelsMaskArray().getDouble(i, t);
                assertEquals(t < 4 ? 0 : 1, masked, "the first 4 positions have nothing to copy");
                if (t >= 4) {
                    assertEquals(1, data.getLabels().getDouble(i, (int) tokens[i][t - 4], t));
                    assertEquals(1, data.getLabels().get(NDArrayIndex.point(i), NDArrayIndex.all(),
                            NDArrayIndex.point(t)).sumNumber().doubleValue());
                }
            }
        }
        DataSet oneHot = Sequences.oneHotTokens(data, 5);
        assertArrayEquals(new long[] {3, 5, 10}, oneHot.getFeatures().shape());
        assertEquals(1, oneHot.getFeatures().getDouble(1, (int) tokens[1][7], 7));
        assertEquals(30, oneHot.getFeatures().sumNumber().intValue(), "one 1 per position");
        assertMessage(() -> Sequences.oneHotTokens(data, 3), "from 0 to 2");
        assertMessage(() -> Sequences.delayedCopy(3, 10, 10, 5, 1), "delay from 1 to length − 1 = 9");
    }

    @Test
    void tinyLanguageFollowsNounVerbNounStop() {
        DataSet text = Sequences.tinyLanguage(20, 12, 3);
        float[][] words = text.getFeatures().toFloatMatrix();
        for (int i = 0; i < 20; i++) {
            int stop = -1;
            for (int t = 0; t < 12; t++) {
                if (words[i][t] == 8) {
                    stop = t;
                    break;
                }
            }
            for (int t = 0; t < 12; t++) {
                int slot = Math.floorMod(t - stop - 1, 4);   // 0 noun, 1 verb, 2 noun, 3 full stop
                int expectedClass = slot == 3 ? 2 : slot == 1 ? 1 : 0;
                assertEquals(expectedClass, Sequences.TINY_WORD_CLASSES[(int) words[i][t]], "text " + i + " word " + t);
                int next = (int) text.getLabels().get(NDArrayIndex.point(i), NDArrayIndex.all(), NDArrayIndex.point(t))
                        .argMax().getInt(0);
                if (t < 11) {
                    assertEquals((int) words[i][t + 1], next, "the label is the next word");
                }
            }
        }
    }
}

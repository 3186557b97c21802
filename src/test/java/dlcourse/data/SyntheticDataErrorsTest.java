package dlcourse.data;

import static dlcourse.Messages.assertMessage;

import org.junit.jupiter.api.Test;

class SyntheticDataErrorsTest {

    @Test
    void blobsNeedTwoClasses() {
        assertMessage(() -> SyntheticData.blobs(100, 1, 1, 1), "was given 1", "try 3");
    }

    @Test
    void blobsNeedANonNegativeSpread() {
        assertMessage(() -> SyntheticData.blobs(100, 3, -0.5, 1), "-0.5", "try 1.0");
    }

    @Test
    void spiralsNeedAnExampleForEveryClass() {
        assertMessage(() -> SyntheticData.spirals(2, 3, 0.1, 1), "at least 3 examples", "n = 2", "a few hundred");
    }

    @Test
    void spiralsRejectNaNNoise() {
        assertMessage(() -> SyntheticData.spirals(100, 2, Double.NaN, 1), "NaN", "try 0.1");
    }

    @Test
    void regressionNeedsAFunction() {
        assertMessage(() -> SyntheticData.regression(100, null, 0, 1, 0.1, 1), "null", "x -> Math.sin(x)");
    }

    @Test
    void regressionNeedsAnIncreasingInterval() {
        assertMessage(() -> SyntheticData.regression(100, Math::sin, 2, 1, 0.1, 1), "from = 2.0, to = 1.0", "from < to");
    }

    @Test
    void regressionReportsWhereTheFunctionIsUndefined() {
        assertMessage(() -> SyntheticData.regression(100, Math::log, -1, 1, 0.1, 1), "NaN", "where f is defined");
    }

    @Test
    void regressionNeedsTwoExamples() {
        assertMessage(() -> SyntheticData.regression(1, 0.1, 1), "n = 1", "at least 2");
    }

    @Test
    void toDataSetRejectsRaggedRows() {
        assertMessage(() -> SyntheticData.toDataSet(new double[][] {{1, 2}, {3}}, new int[] {0, 1}, 2),
                "2 features", "example 1 has 1", "same length");
    }

    @Test
    void toDataSetRejectsZeroClasses() {
        assertMessage(() -> SyntheticData.toDataSet(new double[][] {{1}}, new int[] {0}, 0), "was given 0", "e.g. 2");
    }

    @Test
    void ringNeedsAPositiveRadius() {
        assertMessage(() -> SyntheticData.ring(100, 0, 0.1, 1), "radius above 0", "given 0.0", "try 2");
        assertMessage(() -> SyntheticData.ring(0, 2, 0.1, 1), "at least 1 examples", "n = 0");
    }

    @Test
    void blobCentresNeedTwoClasses() {
        assertMessage(() -> SyntheticData.blobCentres(1), "blobCentres", "was given 1", "try 8");
    }
}

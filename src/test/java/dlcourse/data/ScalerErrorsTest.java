package dlcourse.data;

import static dlcourse.Messages.assertMessage;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class ScalerErrorsTest {

    @Test
    void transformBeforeFitSaysToFitFirst() {
        assertMessage(IllegalStateException.class, () -> Scaler.standardize().transform(SyntheticData.moons(4, 0.1, 1)),
                "before fit", "Scaler.standardize().fit(train)");
    }

    @Test
    void minMaxTransformBeforeFitNamesMinMax() {
        assertMessage(IllegalStateException.class, () -> Scaler.minMax().transform(Nd4j.rand(2, 2)),
                "Scaler.minMax().fit(train)");
    }

    @Test
    void aDifferentNumberOfColumnsIsRejected() {
        Scaler scaler = Scaler.standardize().fit(SyntheticData.moons(10, 0.1, 1));
        assertMessage(IllegalArgumentException.class, () -> scaler.transform(Datasets.iris()),
                "expected 2 feature columns", "was given 4", "same columns");
    }

    @Test
    void missingValuesAreNamedByColumn() {
        DataSet data = SyntheticData.moons(10, 0.1, 1);
        data.getFeatures().putScalar(3, 1, Double.NaN);
        assertMessage(IllegalArgumentException.class, () -> Scaler.minMax().fit(data), "column 1", "NaN",
                "remove or fill the missing values");
    }

    @Test
    void fitNeedsData() {
        assertMessage(IllegalArgumentException.class, () -> Scaler.standardize().fit(null), "was given null");
    }

    @Test
    void imagesAsFourDimensionsAreRejected() {
        DataSet images = new DataSet(Nd4j.rand(2, 1, 3, 3), Nd4j.rand(2, 1));
        assertMessage(IllegalArgumentException.class, () -> Scaler.standardize().fit(images), "[2, 1, 3, 3]",
                "[n, columns]");
    }

    @Test
    void transformNeedsAnArray() {
        Scaler scaler = Scaler.standardize().fit(SyntheticData.moons(10, 0.1, 1));
        assertMessage(IllegalArgumentException.class, () -> scaler.transform((org.nd4j.linalg.api.ndarray.INDArray) null),
                "was given null");
    }
}

package dlcourse.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TablesTest {

    private static Table pets() {
        return Table.create("pets",
                DoubleColumn.create("weight", 4.0, 30.0, 5.5, 0.1),
                IntColumn.create("legs", 4, 4, 4, 2),
                StringColumn.create("kind", "cat", "dog", "cat", "bird"));
    }

    @Test
    void textLabelsBecomeNamedClassesInSortedOrder() {
        DataSet data = Tables.toDataSet(pets(), "kind");
        assertEquals(List.of("bird", "cat", "dog"), data.getLabelNamesList());
        assertArrayEquals(new long[] {4, 2}, data.getFeatures().shape());
        assertArrayEquals(new float[] {30f, 4f}, data.getFeatures().getRow(1).toFloatVector());
        assertArrayEquals(new int[] {1, 2, 1, 0}, OneHot.decode(data.getLabels()));
    }

    @Test
    void numericLabelsAreRegressionTargetsUnlessToldOtherwise() {
        DataSet regression = Tables.toDataSet(pets().removeColumns("kind"), "weight");
        assertArrayEquals(new long[] {4, 1}, regression.getLabels().shape());
        assertArrayEquals(new long[] {4, 1}, regression.getFeatures().shape());
        assertEquals(5.5, regression.getLabels().getDouble(2, 0), 1e-6);

        DataSet classes = Tables.toClassDataSet(pets().removeColumns("kind"), "legs");
        assertEquals(List.of("2", "4"), classes.getLabelNamesList());
        assertArrayEquals(new int[] {1, 1, 1, 0}, OneHot.decode(classes.getLabels()));
    }

    @Test
    void givenClassNamesFixTheLabelColumns() {
        Table few = pets().where(pets().stringColumn("kind").isEqualTo("cat"));
        DataSet data = Tables.toClassDataSet(few, "kind", List.of("bird", "cat", "dog"));
        assertArrayEquals(new long[] {2, 3}, data.getLabels().shape());
        assertArrayEquals(new int[] {1, 1}, OneHot.decode(data.getLabels()));
    }

    @Test
    void aDataSetRoundTripsThroughATable() {
        DataSet moons = SyntheticData.moons(20, 0.1, 3);
        Table table = Tables.toTable(moons);
        assertEquals(List.of("x0", "x1", "label"), table.columnNames());
        assertEquals("class " + OneHot.decode(moons.getLabels())[5], table.stringColumn("label").get(5));
        DataSet back = Tables.toDataSet(table, "label");
        assertTrue(back.getFeatures().equalsWithEps(moons.getFeatures(), 1e-6));
        assertEquals(moons.getLabels(), back.getLabels());
        assertEquals(moons.getLabelNamesList(), back.getLabelNamesList());
    }

    @Test
    void tablesTakeTheGivenColumnNamesAndKeepRegressionTargetsNumeric() {
        DataSet curve = SyntheticData.regression(10, 0.1, 1);
        Table table = Tables.toTable(curve, List.of("x"), "y");
        assertEquals(List.of("x", "y"), table.columnNames());
        assertEquals(curve.getLabels().getDouble(3, 0), table.doubleColumn("y").get(3), 1e-6);

        DataSet unnamed = new DataSet(Nd4j.rand(3, 2), OneHot.encode(new int[] {2, 0, 1}, 3));
        assertEquals(List.of(2, 0, 1), Tables.toTable(unnamed).intColumn("label").asList());

        DataSet twoTargets = new DataSet(Nd4j.rand(3, 2), Nd4j.rand(3, 2));
        assertEquals(List.of("x0", "x1", "label 0", "label 1"), Tables.toTable(twoTargets).columnNames());
    }

    @Test
    void irisFromCsvLikeTableMatchesTheShippedDataSet() {
        Table iris = Datasets.irisTable();
        DataSet data = Tables.toClassDataSet(iris, "species");
        assertEquals(Datasets.IRIS_SPECIES, data.getLabelNamesList());
        assertEquals(Datasets.iris().getLabels(), data.getLabels());
    }
}

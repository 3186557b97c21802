package dlcourse.data;

import static dlcourse.Messages.assertMessage;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TablesErrorsTest {

    private static Table table() {
        return Table.create("t", DoubleColumn.create("size", 1.0, 2.0, 3.0),
                StringColumn.create("colour", "red", "blue", "red"), StringColumn.create("kind", "a", "b", "a"));
    }

    @Test
    void aTextFeatureColumnIsNamed() {
        assertMessage(() -> Tables.toDataSet(table(), "kind"), "\"colour\"", "string", "table.removeColumns(\"colour\")");
    }

    @Test
    void aMissingFeatureValueIsNamedWithItsRow() {
        Table t = Table.create("t", DoubleColumn.create("size", 1.0, Double.NaN, 3.0),
                StringColumn.create("kind", "a", "b", "a"));
        assertMessage(() -> Tables.toDataSet(t, "kind"), "\"size\"", "has 1", "row 1", "dropRowsWithMissingValues");
    }

    @Test
    void aMissingLabelIsNamed() {
        Table t = Table.create("t", DoubleColumn.create("size", 1.0, 2.0),
                StringColumn.create("kind", "a", ""));
        assertMessage(() -> Tables.toDataSet(t, "kind"), "label column \"kind\"", "row 1", "dropRowsWithMissingValues");
    }

    @Test
    void anUnknownLabelColumnListsTheColumns() {
        assertMessage(() -> Tables.toDataSet(table(), "type"), "\"type\"", "[size, colour, kind]");
    }

    @Test
    void aLabelOutsideTheGivenClassesIsNamed() {
        assertMessage(() -> Tables.toClassDataSet(table().removeColumns("colour"), "kind", List.of("a")),
                "row 1 holds \"b\"", "[a]", "add it to the class names");
    }

    @Test
    void repeatedClassNamesAreRejected() {
        assertMessage(() -> Tables.toClassDataSet(table().removeColumns("colour"), "kind", List.of("a", "b", "a")),
                "[a, b, a]", "each class once");
    }

    @Test
    void aTableWithOnlyTheLabelHasNoFeatures() {
        assertMessage(() -> Tables.toDataSet(table().selectColumns("kind"), "kind"), "at least one feature column");
    }

    @Test
    void toTableNeedsOneNamePerFeature() {
        assertMessage(() -> Tables.toTable(SyntheticData.moons(4, 0.1, 1), List.of("x"), "y"), "2 feature names",
                "was given 1");
    }

    @Test
    void toTableNeedsTabularFeatures() {
        assertMessage(() -> Tables.toTable(new DataSet(Nd4j.rand(2, 3, 4), Nd4j.rand(2, 1))), "[2, 3, 4]",
                "only tabular data");
    }

    @Test
    void theLabelColumnNameMustDifferFromTheFeatureNames() {
        assertMessage(() -> Tables.toTable(SyntheticData.moons(4, 0.1, 1), List.of("a", "b"), "a"), "\"a\"", "e.g. \"label\"");
    }
}

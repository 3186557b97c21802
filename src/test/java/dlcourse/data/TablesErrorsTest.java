package dlcourse.data;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("a text feature column is named", () -> Tables.toDataSet(table(), "kind"), "\"colour\"", "string",
                        "table.removeColumns(\"colour\")"),
                wrong("a missing feature value is named with its row",
                        () -> Tables.toDataSet(Table.create("t", DoubleColumn.create("size", 1.0, Double.NaN, 3.0),
                                StringColumn.create("kind", "a", "b", "a")), "kind"),
                        "\"size\"", "has 1", "row 1", "dropRowsWithMissingValues"),
                wrong("a missing label is named",
                        () -> Tables.toDataSet(Table.create("t", DoubleColumn.create("size", 1.0, 2.0),
                                StringColumn.create("kind", "a", "")), "kind"),
                        "label column \"kind\"", "row 1", "dropRowsWithMissingValues"),
                wrong("an unknown label column lists the columns", () -> Tables.toDataSet(table(), "type"), "\"type\"",
                        "[size, colour, kind]"),
                wrong("a label outside the given classes is named",
                        () -> Tables.toClassDataSet(table().removeColumns("colour"), "kind", List.of("a")),
                        "row 1 holds \"b\"", "[a]", "add it to the class names"),
                wrong("repeated class names are rejected",
                        () -> Tables.toClassDataSet(table().removeColumns("colour"), "kind", List.of("a", "b", "a")),
                        "[a, b, a]", "each class once"),
                wrong("a table with only the label has no features",
                        () -> Tables.toDataSet(table().selectColumns("kind"), "kind"), "at least one feature column"),
                wrong("toTable needs one name per feature",
                        () -> Tables.toTable(SyntheticData.moons(4, 0.1, 1), List.of("x"), "y"), "2 feature names",
                        "was given 1"),
                wrong("toTable needs tabular features",
                        () -> Tables.toTable(new DataSet(Nd4j.rand(2, 3, 4), Nd4j.rand(2, 1))), "[2, 3, 4]",
                        "only tabular data"),
                wrong("the label column name must differ from the feature names",
                        () -> Tables.toTable(SyntheticData.moons(4, 0.1, 1), List.of("a", "b"), "a"), "\"a\"",
                        "e.g. \"label\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }
}

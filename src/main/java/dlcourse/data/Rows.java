package dlcourse.data;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The check every library call that takes examples as matrix rows makes, so a bad matrix gets the
 * same message wherever it is passed: a finite {@code [examples, values]} matrix with at least one
 * row, of a given width where the call needs one.
 *
 * <pre>{@code
 * INDArray x = Rows.checked("energyDistance", samples, "the first sample");   // FLOAT, finite, 2-D
 * }</pre>
 */
public final class Rows {

    private Rows() {
    }

    /** Rejects anything but a finite matrix with at least one row; returns it as FLOAT. */
    public static INDArray checked(String method, INDArray x, String what) {
        return checked(method, x, -1, what);
    }

    /**
     * Rejects anything but a finite matrix {@code [n >= 1, columns]} (any width if {@code columns}
     * is negative); returns it as FLOAT.
     */
    public static INDArray checked(String method, INDArray x, long columns, String what) {
        String width = columns < 0 ? "values" : String.valueOf(columns);
        if (x == null) {
            throw new IllegalArgumentException(method + " expected " + what + " as a matrix [examples, "
                    + width + "] but was given null");
        }
        if (x.rank() != 2) {
            throw new IllegalArgumentException(method + " expected " + what + " as a matrix [examples, "
                    + width + "] but was given shape " + Arrays.toString(x.shape())
                    + "; flatten each example to one row, e.g. x.reshape(x.size(0), -1)");
        }
        if (x.rows() == 0) {
            throw new IllegalArgumentException(method + " expected " + what + " with at least one row"
                    + " but was given none");
        }
        if (columns >= 0 && x.columns() != columns) {
            throw new IllegalArgumentException(method + " expected " + what + " with " + columns
                    + " columns but was given " + x.columns() + "; the network was built for " + columns
                    + " values per example, so pass data of that width or build a network for "
                    + x.columns());
        }
        INDArray floats = x.dataType() == DataType.FLOAT ? x : x.castTo(DataType.FLOAT);
        if (floats.isNaN().any() || floats.isInfinite().any()) {
            throw new IllegalArgumentException(method + " was given " + what + " that contain NaN or"
                    + " infinite values; remove or fill those rows first");
        }
        return floats;
    }
}

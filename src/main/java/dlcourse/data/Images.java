package dlcourse.data;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Small changes to images stored one per row, as {@link FashionMnist} gives them ({@code [n, height·width]},
 * row by row): for asking whether a network still recognises a picture that moved.
 *
 * <pre>{@code
 * DataSet moved = Images.shift(test, 28, 28, 3, 0);     // every image 3 pixels to the right
 * ClassificationReport.of(cnn, moved).accuracy()
 * }</pre>
 */
public final class Images {

    private Images() {
    }

    /**
     * The same examples with every image moved {@code right} pixels to the right and {@code down}
     * pixels down (negative values move left or up); pixels moved in from outside are 0 (black, the
     * background of Fashion-MNIST and MNIST), pixels moved past the edge are lost. Labels are kept.
     */
    public static DataSet shift(DataSet images, int height, int width, int right, int down) {
        if (images == null || images.getFeatures() == null) {
            throw new IllegalArgumentException("Images.shift expected a DataSet of images, one per row, but was"
                    + " given " + (images == null ? "null" : "a DataSet without features")
                    + "; load one with e.g. FashionMnist.test(2000)");
        }
        return new DataSet(shift(images.getFeatures(), height, width, right, down), images.getLabels());
    }

    /** As {@link #shift(DataSet, int, int, int, int)}, for the image rows alone. */
    public static INDArray shift(INDArray images, int height, int width, int right, int down) {
        if (images == null || images.rank() != 2) {
            throw new IllegalArgumentException("Images.shift expected images as rows [n, height·width] but was"
                    + " given " + (images == null ? "null" : "an array of shape " + java.util.Arrays.toString(images.shape()))
                    + "; FashionMnist.train(...).getFeatures() has that layout");
        }
        if (height < 1 || width < 1 || (long) height * width != images.columns()) {
            throw new IllegalArgumentException("Images.shift expected height × width to be the " + images.columns()
                    + " values per row but was given " + height + " × " + width
                    + "; for Fashion-MNIST use 28, 28");
        }
        if (Math.abs(right) >= width || Math.abs(down) >= height) {
            throw new IllegalArgumentException("Images.shift expected a shift smaller than the image ("
                    + width + " × " + height + ") but was given right " + right + ", down " + down
                    + "; a few pixels, e.g. 3, is enough to see the effect");
        }
        int n = (int) images.rows();
        float[] in = images.castTo(DataType.FLOAT).dup('c').data().asFloat();
        float[] out = new float[in.length];
        int size = height * width;
        for (int i = 0; i < n; i++) {
            for (int row = Math.max(0, down); row < Math.min(height, height + down); row++) {
                int fromRow = row - down;
                for (int col = Math.max(0, right); col < Math.min(width, width + right); col++) {
                    out[i * size + row * width + col] = in[i * size + fromRow * width + col - right];
                }
            }
        }
        return Nd4j.create(out, new long[] {n, size}, 'c').castTo(images.dataType());
    }
}

package dlcourse.scratch;

/**
 * A 2-D convolution of one grayscale image with one kernel, and max pooling, in plain Java loops:
 * what a convolution layer computes for one channel and one filter, small enough to read. Images
 * and kernels are {@code double[row][column]} arrays.
 *
 * <pre>{@code
 * double[][] image = row.reshape(28, 28).toDoubleMatrix();          // one Fashion-MNIST image
 * double[][] vertical = {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}};        // a Sobel kernel: vertical edges
 * double[][] edges = ScratchConvolution.apply(image, vertical);      // 26 × 26
 * double[][] same = ScratchConvolution.apply(image, vertical, 1, 1); // padding 1: 28 × 28
 * double[][] pooled = ScratchConvolution.maxPool(same, 2);           // 14 × 14
 * int n = ScratchConvolution.outputSize(28, 3, 1, 2);                // 14
 * }</pre>
 *
 * Like DL4J and every deep-learning library, {@code apply} does not flip the kernel (strictly, it
 * computes a cross-correlation): output pixel {@code (i, j)} is
 * {@code sum over (a, b) of kernel[a][b] * padded[i*stride + a][j*stride + b]}, where
 * {@code padded} is the image with {@code padding} rows and columns of zeros on every side.
 */
public final class ScratchConvolution {

    private ScratchConvolution() {
    }

    /**
     * The size of a convolution's or pooling's output along one side: {@code ⌊(n + 2p − k) / s⌋ + 1}
     * for an input of {@code n} pixels, a kernel of {@code k}, padding {@code p} and stride {@code s}.
     */
    public static int outputSize(int n, int kernel, int padding, int stride) {
        if (n < 1 || kernel < 1 || padding < 0 || stride < 1) {
            throw new IllegalArgumentException("outputSize expected an input size n ≥ 1, a kernel ≥ 1, a"
                    + " padding ≥ 0 and a stride ≥ 1 but was given n = " + n + ", kernel = " + kernel
                    + ", padding = " + padding + ", stride = " + stride + "; e.g. outputSize(28, 3, 1, 1)");
        }
        if (kernel > n + 2 * padding) {
            throw new IllegalArgumentException("outputSize: a kernel of " + kernel + " does not fit into "
                    + n + " pixels with padding " + padding + " (" + (n + 2 * padding) + " in all); use a"
                    + " kernel of at most " + (n + 2 * padding) + " or more padding");
        }
        return (n + 2 * padding - kernel) / stride + 1;
    }

    /** The convolution without padding and with stride 1: the output is {@code k − 1} pixels smaller each way. */
    public static double[][] apply(double[][] image, double[][] kernel) {
        return apply(image, kernel, 0, 1);
    }

    /**
     * The convolution of {@code image} with {@code kernel}, the image padded with {@code padding}
     * zeros on every side and the kernel moved {@code stride} pixels at a time. The output has
     * {@link #outputSize} rows and columns.
     */
    public static double[][] apply(double[][] image, double[][] kernel, int padding, int stride) {
        checkRectangular("apply", "image", image);
        checkRectangular("apply", "kernel", kernel);
        if (padding < 0 || stride < 1) {
            throw new IllegalArgumentException("apply expected a padding ≥ 0 and a stride ≥ 1 but was given"
                    + " padding " + padding + " and stride " + stride + "; e.g. apply(image, kernel, 1, 1)");
        }
        int h = image.length;
        int w = image[0].length;
        int kh = kernel.length;
        int kw = kernel[0].length;
        if (kh > h + 2 * padding || kw > w + 2 * padding) {
            throw new IllegalArgumentException("apply: the " + kh + " × " + kw + " kernel does not fit into"
                    + " the " + h + " × " + w + " image padded by " + padding + "; use a smaller kernel or"
                    + " more padding");
        }
        int outH = (h + 2 * padding - kh) / stride + 1;
        int outW = (w + 2 * padding - kw) / stride + 1;
        double[][] out = new double[outH][outW];
        for (int i = 0; i < outH; i++) {
            for (int j = 0; j < outW; j++) {
                double sum = 0;
                for (int a = 0; a < kh; a++) {
                    for (int b = 0; b < kw; b++) {
                        int r = i * stride + a - padding;
                        int c = j * stride + b - padding;
                        if (r >= 0 && r < h && c >= 0 && c < w) {   // outside the image: a padding zero
                            sum += kernel[a][b] * image[r][c];
                        }
                    }
                }
                out[i][j] = sum;
            }
        }
        return out;
    }

    /**
     * Max pooling over {@code size × size} squares that do not overlap (stride = size): each output
     * pixel is the largest value in its square. Rows or columns left over at the edge are dropped.
     */
    public static double[][] maxPool(double[][] image, int size) {
        checkRectangular("maxPool", "image", image);
        int h = image.length;
        int w = image[0].length;
        if (size < 1 || size > h || size > w) {
            throw new IllegalArgumentException("maxPool expected a size from 1 to " + Math.min(h, w)
                    + " for a " + h + " × " + w + " image but was given " + size + "; 2 is usual");
        }
        double[][] out = new double[h / size][w / size];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < out[0].length; j++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < size; a++) {
                    for (int b = 0; b < size; b++) {
                        max = Math.max(max, image[i * size + a][j * size + b]);
                    }
                }
                out[i][j] = max;
            }
        }
        return out;
    }

    private static void checkRectangular(String call, String what, double[][] values) {
        if (values == null || values.length == 0 || values[0] == null || values[0].length == 0) {
            throw new IllegalArgumentException(call + " expected a non-empty " + what + " as double[rows]"
                    + "[columns] but was given " + (values == null ? "null" : "an empty array")
                    + "; e.g. {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}}");
        }
        for (int r = 0; r < values.length; r++) {
            if (values[r] == null || values[r].length != values[0].length) {
                throw new IllegalArgumentException(call + " expected every row of the " + what + " to have "
                        + values[0].length + " values (as row 0 has) but row " + r + " has "
                        + (values[r] == null ? "none (null)" : values[r].length) + "; make it rectangular");
            }
            for (int c = 0; c < values[r].length; c++) {
                if (!Double.isFinite(values[r][c])) {
                    throw new IllegalArgumentException(call + " expected finite numbers but the " + what
                            + " has " + values[r][c] + " at row " + r + ", column " + c);
                }
            }
        }
    }
}

package dlcourse.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContoursTest {

    private static final int N = 41;

    private static double[] axis() {
        double[] a = new double[N];
        for (int k = 0; k < N; k++) {
            a[k] = -2 + 4.0 * k / (N - 1);
        }
        return a;
    }

    @Test
    void circleIsOneClosedLineAtItsRadius() {
        double[] xs = axis();
        double[] ys = axis();
        double[][] z = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                z[i][j] = xs[j] * xs[j] + ys[i] * ys[i];
            }
        }
        List<List<double[]>> lines = Contours.lines(xs, ys, z, 1.0);
        assertEquals(1, lines.size(), "one closed line");
        List<double[]> circle = lines.get(0);
        assertArrayEquals(circle.get(0), circle.get(circle.size() - 1), 1e-12, "closed");
        for (double[] p : circle) {
            assertEquals(1.0, Math.hypot(p[0], p[1]), 0.01, "on the unit circle");
        }
        assertTrue(circle.size() > 40, "follows the circle closely: " + circle.size() + " points");
    }

    @Test
    void saddleGivesTwoOpenLinesEndingOnTheBorder() {
        double[] xs = axis();
        double[] ys = axis();
        double[][] z = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                z[i][j] = xs[j] * xs[j] - ys[i] * ys[i];
            }
        }
        List<List<double[]>> lines = Contours.lines(xs, ys, z, 1.0);
        assertEquals(2, lines.size(), "the two branches of x² − y² = 1");
        for (List<double[]> line : lines) {
            double[] start = line.get(0);
            double[] end = line.get(line.size() - 1);
            assertEquals(2.0, Math.max(Math.abs(start[0]), Math.abs(start[1])), 1e-9, "starts on the border");
            assertEquals(2.0, Math.max(Math.abs(end[0]), Math.abs(end[1])), 1e-9, "ends on the border");
        }
    }

    @Test
    void quantileLevelsSplitTheValuesEvenly() {
        double[][] z = new double[10][10];
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                z[i][j] = Math.exp(i * 10 + j); // very uneven, like a steep loss
            }
        }
        double[] levels = Contours.quantileLevels(z, 3);
        assertEquals(3, levels.length);
        assertEquals(Math.exp(25), levels[0], 1e-6 * Math.exp(25));
        assertEquals(Math.exp(50), levels[1], 1e-6 * Math.exp(50));
        assertEquals(Math.exp(74), levels[2], 1e-6 * Math.exp(74));
    }
}

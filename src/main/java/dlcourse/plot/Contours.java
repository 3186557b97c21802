package dlcourse.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contour lines of a function sampled on a regular grid, found by marching squares: each grid
 * cell whose corners lie on both sides of a level holds a piece of that level's line, placed by
 * linear interpolation along the cell's edges; the pieces are then joined into polylines.
 */
final class Contours {

    private Contours() {
    }

    /**
     * Levels that split the sampled values into {@code count + 1} groups of about equal size, so
     * the lines follow the interesting part of the surface however steep its walls are.
     */
    static double[] quantileLevels(double[][] values, int count) {
        double[] sorted = Arrays.stream(values).flatMapToDouble(Arrays::stream).sorted().toArray();
        double[] levels = new double[count];
        int distinct = 0;
        for (int k = 1; k <= count; k++) {
            double level = sorted[(int) Math.round((double) k * (sorted.length - 1) / (count + 1))];
            if (distinct == 0 || level > levels[distinct - 1]) {
                levels[distinct++] = level;
            }
        }
        return Arrays.copyOf(levels, distinct);
    }

    /**
     * The contour lines at {@code level} of {@code z[i][j]}, sampled at ({@code xs[j]},
     * {@code ys[i]}); each line is a list of (x, y) points.
     */
    static List<List<double[]>> lines(double[] xs, double[] ys, double[][] z, double level) {
        int rows = ys.length;
        int columns = xs.length;
        // A piece joins two cell edges; an edge is named by a number so that the two cells sharing
        // it name it alike and pieces can be chained into lines.
        Map<Integer, List<int[]>> piecesAtEdge = new HashMap<>();
        Map<Integer, double[]> pointOfEdge = new HashMap<>();
        List<int[]> pieces = new ArrayList<>();
        for (int i = 0; i + 1 < rows; i++) {
            for (int j = 0; j + 1 < columns; j++) {
                double a = z[i][j];         // bottom left
                double b = z[i][j + 1];     // bottom right
                double c = z[i + 1][j + 1]; // top right
                double d = z[i + 1][j];     // top left
                int bottom = horizontalEdge(i, j, columns);
                int top = horizontalEdge(i + 1, j, columns);
                int left = verticalEdge(i, j, rows, columns);
                int right = verticalEdge(i, j + 1, rows, columns);
                List<Integer> crossed = new ArrayList<>(4);
                if ((a > level) != (b > level)) {
                    crossed.add(bottom);
                    pointOfEdge.put(bottom, new double[] {
                        between(xs[j], xs[j + 1], a, b, level), ys[i]});
                }
                if ((b > level) != (c > level)) {
                    crossed.add(right);
                    pointOfEdge.put(right, new double[] {
                        xs[j + 1], between(ys[i], ys[i + 1], b, c, level)});
                }
                if ((d > level) != (c > level)) {
                    crossed.add(top);
                    pointOfEdge.put(top, new double[] {
                        between(xs[j], xs[j + 1], d, c, level), ys[i + 1]});
                }
                if ((a > level) != (d > level)) {
                    crossed.add(left);
                    pointOfEdge.put(left, new double[] {
                        xs[j], between(ys[i], ys[i + 1], a, d, level)});
                }
                if (crossed.size() == 2) {
                    pieces.add(new int[] {crossed.get(0), crossed.get(1)});
                } else if (crossed.size() == 4) {
                    // A saddle: the centre's value decides which corners the lines separate.
                    boolean centreAbove = (a + b + c + d) / 4 > level;
                    boolean aAbove = a > level;
                    if (centreAbove == aAbove) {
                        pieces.add(new int[] {bottom, right});
                        pieces.add(new int[] {top, left});
                    } else {
                        pieces.add(new int[] {bottom, left});
                        pieces.add(new int[] {top, right});
                    }
                }
            }
        }
        for (int[] piece : pieces) {
            piecesAtEdge.computeIfAbsent(piece[0], k -> new ArrayList<>(2)).add(piece);
            piecesAtEdge.computeIfAbsent(piece[1], k -> new ArrayList<>(2)).add(piece);
        }
        List<List<double[]>> lines = new ArrayList<>();
        java.util.Set<int[]> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // Start from line ends first (edges on the border with one piece), then closed loops.
        List<int[]> starts = new ArrayList<>();
        for (int[] piece : pieces) {
            if (piecesAtEdge.get(piece[0]).size() == 1 || piecesAtEdge.get(piece[1]).size() == 1) {
                starts.add(piece);
            }
        }
        starts.addAll(pieces);
        for (int[] start : starts) {
            if (used.contains(start)) {
                continue;
            }
            int from = piecesAtEdge.get(start[0]).size() == 1 ? start[0] : start[1];
            List<double[]> line = new ArrayList<>();
            line.add(pointOfEdge.get(from));
            int[] piece = start;
            int at = from;
            while (piece != null) {
                used.add(piece);
                at = piece[0] == at ? piece[1] : piece[0];
                line.add(pointOfEdge.get(at));
                int[] next = null;
                for (int[] candidate : piecesAtEdge.get(at)) {
                    if (!used.contains(candidate)) {
                        next = candidate;
                    }
                }
                piece = next;
            }
            lines.add(line);
        }
        return lines;
    }

    private static int horizontalEdge(int i, int j, int columns) {
        return i * columns + j;
    }

    private static int verticalEdge(int i, int j, int rows, int columns) {
        return rows * columns + i * columns + j;
    }

    private static double between(double p, double q, double valueAtP, double valueAtQ, double level) {
        double t = (level - valueAtP) / (valueAtQ - valueAtP);
        return p + t * (q - p);
    }
}

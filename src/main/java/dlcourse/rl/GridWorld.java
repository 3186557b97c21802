package dlcourse.rl;

import java.util.Arrays;
import java.util.Random;
import dlcourse.data.Seeds;

/**
 * A small grid: the agent starts in one cell and moves up, right, down or left; reaching the goal
 * ends the episode with reward +1, stepping into the pit ends it with −1, and every other step
 * costs a little (−0.04), so shorter paths are better. Walls block a move (the agent stays put).
 * With {@code slip} &gt; 0, a move goes to one side instead with that probability, as on ice.
 *
 * <pre>{@code
 * GridWorld grid = GridWorld.classic(1);     // 4 rows × 5 columns, one wall, a goal and a pit
 * grid.reset();
 * grid.step(GridWorld.RIGHT);
 * }</pre>
 *
 * The state is the agent's cell as one-hot numbers (one per cell), and {@link #cell()} gives its
 * row and column; cells are numbered row by row from the top left.
 */
public final class GridWorld implements Environment {

    public static final int UP = 0, RIGHT = 1, DOWN = 2, LEFT = 3;
    /** The reward of a step that ends neither in the goal nor in the pit. */
    public static final double STEP_REWARD = -0.04;
    private static final int[][] MOVES = {{-1, 0}, {0, 1}, {1, 0}, {0, -1}};

    private final char[][] map;
    private final int startRow, startColumn;
    private final double slip;
    private final Random random;
    private int row, column, steps;

    /**
     * A grid drawn as text, one string per row: {@code S} start, {@code G} goal, {@code P} pit,
     * {@code #} wall, {@code .} free.
     */
    public GridWorld(String[] rows, double slip, long seed) {
        this.map = check(rows, slip);
        int[] start = find('S');
        this.startRow = start[0];
        this.startColumn = start[1];
        this.slip = slip;
        this.random = Seeds.random(seed);
        reset();
    }

    /** The classic layout: 4 × 5, start bottom left, goal top right with the pit below it, one wall. */
    public static GridWorld classic(long seed) {
        return new GridWorld(new String[] {
                "....G",
                ".#..P",
                ".....",
                "S...."}, 0, seed);
    }

    @Override
    public double[] reset() {
        row = startRow;
        column = startColumn;
        steps = 0;
        return state();
    }

    @Override
    public Step step(int action) {
        if (action < 0 || action >= 4) {
            throw new IllegalArgumentException("GridWorld expected an action from 0 to 3 (UP, RIGHT, DOWN, LEFT)"
                    + " but was given " + action);
        }
        if (isTerminal(row, column)) {
            throw new IllegalStateException("GridWorld's episode has ended (the agent is on " + map[row][column]
                    + "); call reset() to start a new one");
        }
        int move = action;
        if (slip > 0 && random.nextDouble() < slip) {
            move = (action + (random.nextBoolean() ? 1 : 3)) % 4;   // to the left or right of the intended move
        }
        int r = row + MOVES[move][0], c = column + MOVES[move][1];
        if (r >= 0 && r < rows() && c >= 0 && c < columns() && map[r][c] != '#') {
            row = r;
            column = c;
        }
        steps++;
        char here = map[row][column];
        double reward = here == 'G' ? 1 : here == 'P' ? -1 : STEP_REWARD;
        return new Step(state(), reward, here == 'G' || here == 'P' || steps >= maxSteps());
    }

    /** The agent's row and column. */
    public int[] cell() {
        return new int[] {row, column};
    }

    /** The cell number (row by row from the top left) of a row and column. */
    public int index(int r, int c) {
        return r * columns() + c;
    }

    /** What is at a cell: 'S', 'G', 'P', '#' or '.'. */
    public char at(int r, int c) {
        return map[r][c];
    }

    /** Whether an episode ends on this cell (the goal or the pit). */
    public boolean isTerminal(int r, int c) {
        return map[r][c] == 'G' || map[r][c] == 'P';
    }

    public int rows() {
        return map.length;
    }

    public int columns() {
        return map[0].length;
    }

    @Override
    public int actions() {
        return 4;
    }

    @Override
    public int stateSize() {
        return rows() * columns();
    }

    @Override
    public int maxSteps() {
        return 100;
    }

    private double[] state() {
        double[] s = new double[stateSize()];
        s[index(row, column)] = 1;
        return s;
    }

    private int[] find(char what) {
        for (int r = 0; r < map.length; r++) {
            for (int c = 0; c < map[r].length; c++) {
                if (map[r][c] == what) {
                    return new int[] {r, c};
                }
            }
        }
        throw new IllegalArgumentException("GridWorld expected a start cell 'S' but the map has none: "
                + Arrays.deepToString(map));
    }

    private static char[][] check(String[] rows, double slip) {
        if (rows == null || rows.length == 0 || rows[0] == null || rows[0].isEmpty()) {
            throw new IllegalArgumentException("GridWorld expected a map of rows such as {\"S..G\"} but was given "
                    + (rows == null ? "null" : "no cells"));
        }
        char[][] map = new char[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null || rows[r].length() != rows[0].length() || !rows[r].matches("[SGP#.]+")) {
                throw new IllegalArgumentException("GridWorld expected rows of equal length made of S, G, P, # and ."
                        + " but row " + r + " is " + (rows[r] == null ? "null" : "\"" + rows[r] + "\""));
            }
            map[r] = rows[r].toCharArray();
        }
        if (!(slip >= 0 && slip < 1)) {
            throw new IllegalArgumentException("GridWorld expected a slip probability from 0 up to (not including) 1"
                    + " but was given " + slip + "; 0 makes every move go where it is meant to");
        }
        return map;
    }
}

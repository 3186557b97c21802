package dlcourse.rl;

import dlcourse.data.Seeds;
import java.util.Arrays;
import java.util.Random;
import java.util.function.ToIntFunction;

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
    /** The reward of a small goal 'g': it ends the episode too, with less than the goal's +1. */
    public static final double SMALL_GOAL_REWARD = 0.3;
    private static final int[][] MOVES = {{-1, 0}, {0, 1}, {1, 0}, {0, -1}};

    private final char[][] map;
    private final int startRow, startColumn;
    private final double slip;
    private final Random random;
    private int row, column, steps;

    /**
     * A grid drawn as text, one string per row: {@code S} start, {@code G} goal (+1), {@code g} a
     * small goal (+0.3), {@code P} pit (−1), {@code #} wall, {@code .} free.
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

    /** Starts a new episode from the cell at {@code row}, {@code column} instead of the start cell. */
    public double[] reset(int row, int column) {
        if (row < 0 || row >= rows() || column < 0 || column >= columns() || !isFree(row, column)) {
            throw new IllegalArgumentException("GridWorld expected a free cell to start from (row 0–" + (rows() - 1)
                    + ", column 0–" + (columns() - 1) + ", not a wall, goal or pit) but was given row " + row
                    + ", column " + column);
        }
        this.row = row;
        this.column = column;
        steps = 0;
        return state();
    }

    @Override
    public Step step(int action) {
        checkedAction(action);
        if (isTerminal(row, column)) {
            throw new IllegalStateException("GridWorld's episode has ended (the agent is on " + map[row][column]
                    + "); call reset() to start a new one");
        }
        int move = action;
        if (slip > 0 && random.nextDouble() < slip) {
            move = (action + (random.nextBoolean() ? 1 : 3)) % 4;   // to the left or right of the intended move
        }
        move(move);
        char here = map[row][column];
        double reward = here == 'G' ? 1 : here == 'g' ? SMALL_GOAL_REWARD : here == 'P' ? -1 : STEP_REWARD;
        boolean ended = isTerminal(row, column);
        return new Step(state(), reward, ended || steps >= maxSteps(), !ended && steps >= maxSteps());
    }

    /**
     * From how many cells (free ones: not walls, the goal or a pit) {@code policy} leads to the goal
     * within {@link #maxSteps()} steps: how much of the world an agent knows its way in. Moves do
     * not slip here, so the answer is the policy's own. Ends with a fresh episode from the start.
     */
    public int cellsLeadingToGoal(ToIntFunction<double[]> policy) {
        int count = 0;
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns(); c++) {
                if (!isFree(r, c)) {
                    continue;
                }
                reset(r, c);
                boolean done = false;
                while (!done) {
                    move(checkedAction(policy.applyAsInt(state())));
                    done = isTerminal(row, column) || steps >= maxSteps();
                }
                count += map[row][column] == 'G' ? 1 : 0;
            }
        }
        reset();
        return count;
    }

    /** How many cells are free: not walls, goals or pits (the most {@link #cellsLeadingToGoal} can be). */
    public int freeCells() {
        int count = 0;
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns(); c++) {
                count += isFree(r, c) ? 1 : 0;
            }
        }
        return count;
    }

    /** The agent's row and column. */
    public int[] cell() {
        return new int[] {row, column};
    }

    /** The cell number (row by row from the top left) of a row and column. */
    public int index(int r, int c) {
        return r * columns() + c;
    }

    /** What is at a cell: 'S', 'G', 'g', 'P', '#' or '.'. */
    public char at(int r, int c) {
        return map[r][c];
    }

    /** Whether an episode ends on this cell (the goal or the pit). */
    public boolean isTerminal(int r, int c) {
        return map[r][c] == 'G' || map[r][c] == 'g' || map[r][c] == 'P';
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

    /** A cell an agent can stand on between steps: not a wall, a goal or a pit. */
    private boolean isFree(int r, int c) {
        return map[r][c] != '#' && !isTerminal(r, c);
    }

    /** One move in a direction; a wall or the edge keeps the agent where it is. */
    private void move(int direction) {
        int r = row + MOVES[direction][0], c = column + MOVES[direction][1];
        if (r >= 0 && r < rows() && c >= 0 && c < columns() && map[r][c] != '#') {
            row = r;
            column = c;
        }
        steps++;
    }

    private static int checkedAction(int action) {
        if (action < 0 || action >= 4) {
            throw new IllegalArgumentException("GridWorld expected an action from 0 to 3 (UP, RIGHT, DOWN, LEFT)"
                    + " but was given " + action);
        }
        return action;
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
            if (rows[r] == null || rows[r].length() != rows[0].length() || !rows[r].matches("[SGgP#.]+")) {
                throw new IllegalArgumentException("GridWorld expected rows of equal length made of S, G, g, P, # and ."
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

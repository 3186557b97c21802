package dlcourse.plot;

import static dlcourse.Messages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.rl.CartPole;
import dlcourse.rl.GridWorld;
import dlcourse.rl.QLearning;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentPlotsTest {

    @Test
    void drawsTheGridItsValuesAndArrows() {
        GridWorld grid = GridWorld.classic(1);
        BufferedImage world = AgentPlots.grid(grid).toImage(1);
        QLearning q = QLearning.of(grid, 0.5, 0.9, 0.2, 1);
        q.train(200);
        BufferedImage values = AgentPlots.values("values", grid, q.values()).toImage(1);
        assertTrue(goalPixels(world) > 72 * 60, "the goal's cell is drawn green");
        assertTrue(goalPixels(values) > 72 * 60);
        BufferedImage small = AgentPlots.grid(new GridWorld(new String[] {"gS..G"}, 0, 1)).toImage(1);
        assertTrue(countColour(small, 0x74c476) > 72 * 60, "a small goal is drawn light green");
    }

    private static int goalPixels(BufferedImage image) {
        return countColour(image, 0x2ca02c);
    }

    private static int countColour(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += (image.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void drawsReturnsOfOneRunAndOfSeveral() {
        double[] returns = {10, 20, 30, 40, 200};
        assertEquals(3, ((org.knowm.xchart.XYChart) AgentPlots.returns("one", 22, returns).chart()).getSeriesMap().size(),
                "each episode, their average and the random agent");
        Map<String, double[]> runs = new LinkedHashMap<>();
        runs.put("with replay", returns);
        runs.put("without", new double[] {10, 12, 9});
        assertEquals(3, ((org.knowm.xchart.XYChart) AgentPlots.returns("two", 22, runs).chart()).getSeriesMap().size());
        assertMessage(() -> AgentPlots.returns("none", 22, new double[0]), "episode returns", "train the agent first");
        assertMessage(() -> AgentPlots.returns("nan", 22, new double[] {1, Double.NaN}), "finite");
    }

    @Test
    void drawsACartPoleEpisodeAsFrames() {
        CartPole pole = new CartPole(1);
        List<double[]> states = pole.episode(pole.randomPolicy(1));
        Figure strip = AgentPlots.cartPole("random", states, 8);
        assertTrue(strip.width() > 600 && strip.height() > 200, "two rows of frames: " + strip.width() + "×" + strip.height());
        assertMessage(() -> AgentPlots.cartPole("bad", List.of(new double[3]), 4), "{x, ẋ, θ, θ̇}");
        assertMessage(() -> AgentPlots.values("bad", GridWorld.classic(1), new double[3][4]), "one row of Q-values per cell");
    }
}

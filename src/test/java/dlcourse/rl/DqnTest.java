package dlcourse.rl;

import static dlcourse.Messages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dlcourse.train.History;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DqnTest {

    @Test
    @Tag("slow")
    void learnsToWalkDownACorridorToTheGoal() {
        GridWorld corridor = new GridWorld(new String[] {"S....G"}, 0, 1);
        Dqn agent = Dqn.builder(corridor).hidden(16).learningRate(0.01).gamma(0.9).batchSize(16).warmup(50)
                .targetUpdate(50).epsilon(EpsilonSchedule.linear(1.0, 0.05, 500)).seed(2).build();
        History history = agent.train(60);
        assertEquals(6, history.epochs(), "10 episodes per row of the history");
        assertEquals(60, agent.returns().length);
        double greedyReturn = EnvironmentsTest.greedyReturn(corridor, agent::act, 10);
        assertEquals(1 + 4 * GridWorld.STEP_REWARD, greedyReturn, 1e-9, "five steps right, the last into the goal");
    }

    @Test
    void refusesEpisodesThatDoNotFillItsGroups() {
        Dqn agent = Dqn.builder(GridWorld.classic(1)).seed(1).build();
        assertMessage(() -> agent.train(15), "multiple of 10", "given 15");
        assertMessage(() -> Dqn.builder(null), "environment", "new CartPole(1)");
    }
}

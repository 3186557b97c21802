package dlcourse.rl;

import static dlcourse.Messages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.train.History;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DqnTest {

    @Test
    @Tag("slow")
    void learnsToWalkDownACorridorToTheGoal() {
        GridWorld corridor = new GridWorld(new String[] {"S....G"}, 0, 1);
        Dqn agent = Dqn.builder(corridor).hidden(16).learningRate(0.01).gamma(0.9).batchSize(16).warmup(50)
                .targetUpdate(50).updateEvery(1).epsilon(EpsilonSchedule.linear(1.0, 0.05, 500)).seed(2).build();
        History history = agent.train(60);
        assertEquals(6, history.epochs(), "10 episodes per row of the history");
        assertEquals(60, agent.returns().length);
        double greedyReturn = EnvironmentsTest.greedyReturn(corridor, agent::act, 10);
        assertEquals(1 + 4 * GridWorld.STEP_REWARD, greedyReturn, 1e-9, "five steps right, the last into the goal");
    }

    @Test
    @Tag("slow")
    void stopsOnceSolved() {
        GridWorld corridor = new GridWorld(new String[] {"S....G"}, 0, 1);
        Dqn agent = Dqn.builder(corridor).hidden(16).learningRate(0.01).gamma(0.9).batchSize(16).warmup(50)
                .targetUpdate(50).updateEvery(1).epsilon(EpsilonSchedule.linear(1.0, 0.05, 500)).seed(2)
                .solvedAt(0.7).build();
        History history = agent.train(300);
        assertTrue(history.stoppedEarly(), "stopped once the last 20 episodes averaged 0.7");
        assertTrue(history.epochs() < 30);
        assertTrue(agent.meanOfLast(Dqn.SOLVED_WINDOW) >= 0.7);
        assertTrue(history.stopReason().contains("last 20 episodes"), history.stopReason());
    }

    @Test
    void theInterruptButtonStopsTrainingAfterTheCurrentEpisode() throws Exception {
        Dqn agent = Dqn.builder(new CartPole(1)).seed(1).build();
        History[] history = new History[1];
        Thread training = new Thread(() -> history[0] = agent.train(10_000));
        training.start();
        Thread.sleep(1500);
        training.interrupt();                        // what the notebook's interrupt button does
        training.join(10_000);
        assertFalse(training.isAlive(), "training stopped");
        assertTrue(history[0].interrupted());
        assertTrue(agent.returns().length < 10_000 && agent.returns().length > 0, "episodes " + agent.returns().length);
        assertEquals(history[0].epochs(), agent.returns().length / 10, "whole groups of episodes in the history");
    }

    @Test
    void refusesEpisodesThatDoNotFillItsGroups() {
        Dqn agent = Dqn.builder(GridWorld.classic(1)).seed(1).build();
        assertMessage(() -> agent.train(15), "multiple of 10", "given 15");
        assertMessage(() -> Dqn.builder(null), "environment", "new CartPole(1)");
        assertMessage(() -> Dqn.builder(new CartPole(1)).updateEvery(0).build(), "steps per update of 1 or more",
                "given 0");
        assertMessage(() -> Dqn.builder(new CartPole(1)).gamma(1.5).build(), "discount γ", "given 1.5");
        assertMessage(() -> Dqn.builder(new CartPole(1)).bufferSize(10).build(), "replay buffer size of 64",
                "hold one batch");
        assertMessage(() -> Dqn.builder(new CartPole(1)).epsilon(null).build(), "ε schedule");
    }
}

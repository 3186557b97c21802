package dlcourse.rl;

import static dlcourse.Messages.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplayTest {

    @Test
    void aFullBufferForgetsItsOldestStepsAndSamplesTheRest() {
        ReplayBuffer buffer = new ReplayBuffer(5, 1, 1);
        for (int i = 0; i < 8; i++) {
            // Step 7 ends at a terminal state; step 6 ends an episode only because its time was up.
            buffer.add(new double[] {i}, i % 2, new Environment.Step(new double[] {i + 1}, i, i >= 6, i == 6));
        }
        assertEquals(5, buffer.size());
        Set<Double> seen = new HashSet<>();
        ReplayBuffer.Batch batch = buffer.sample(200);
        for (int i = 0; i < 200; i++) {
            double s = batch.states()[i][0];
            seen.add(s);
            assertEquals(s, batch.rewards()[i], "the step's own reward");
            assertEquals(s + 1, batch.nextStates()[i][0], "and its own next state");
            assertEquals(s == 7, batch.terminal()[i], "a time limit is not terminal");
            assertEquals((int) s % 2, batch.actions()[i]);
        }
        assertEquals(Set.of(3.0, 4.0, 5.0, 6.0, 7.0), seen, "steps 0-2 were overwritten");
        assertMessage(() -> new ReplayBuffer(5, 1, 1).sample(3), "add steps first");
    }

    @Test
    void epsilonFallsInAStraightLineThenStays() {
        EpsilonSchedule schedule = EpsilonSchedule.linear(1.0, 0.05, 1000);
        assertEquals(1.0, schedule.at(0));
        assertEquals(0.525, schedule.at(500), 1e-12);
        assertEquals(0.05, schedule.at(1000));
        assertEquals(0.05, schedule.at(50_000));
        assertTrue(schedule.at(999) > 0.05);
        assertMessage(() -> EpsilonSchedule.linear(1.5, 0, 10), "from 0 to 1", "1.5");
    }
}

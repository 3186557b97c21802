package dlcourse.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.Table;

class WarmupTest {

    @Test
    void loadsInTheBackgroundOnceAndLeavesNd4jAndTablesawWorking() throws InterruptedException {
        Warmup.inBackground();
        Warmup.inBackground();   // a second call (a re-run start-up) starts nothing new
        assertTrue(Warmup.awaitDone());
        assertEquals(10.0, Nd4j.create(new float[] {1, 2, 3, 4}).sumNumber().doubleValue(), 1e-6);
        assertEquals(0, Table.create("after the warm-up").rowCount());
    }
}

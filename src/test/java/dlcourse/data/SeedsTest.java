package dlcourse.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @AfterEach
    void noOffset() {
        System.clearProperty(Seeds.OFFSET_PROPERTY);
    }

    @Test
    void withoutAnOffsetSeedsAreUsedAsWritten() {
        assertEquals(0, Seeds.offset());
        assertEquals(42, Seeds.of(42));
        assertEquals(new java.util.Random(42).nextLong(), Seeds.random(42).nextLong());
    }

    @Test
    void anOffsetMovesEverySeedToAnotherFixedOne() {
        System.setProperty(Seeds.OFFSET_PROPERTY, "1");
        long[] shifted = {Seeds.of(1), Seeds.of(2), Seeds.of(42), Seeds.of(43)};
        assertEquals(4, Arrays.stream(shifted).distinct().count());
        for (long seed : new long[] {1, 2, 42, 43}) {
            assertFalse(Arrays.stream(shifted).anyMatch(s -> s == seed), "no shifted seed is an original one");
        }
        assertEquals(Seeds.of(42), Seeds.of(42), "the same offset gives the same seed every time");
        System.setProperty(Seeds.OFFSET_PROPERTY, "2");
        assertNotEquals(shifted[2], Seeds.of(42));
    }

    @Test
    void theOffsetReachesTheLibrarysData() {
        double[] asWritten = SyntheticData.moons(50, 0.1, 1).getFeatures().ravel().toDoubleVector();
        System.setProperty(Seeds.OFFSET_PROPERTY, "1");
        double[] shifted = SyntheticData.moons(50, 0.1, 1).getFeatures().ravel().toDoubleVector();
        assertFalse(Arrays.equals(asWritten, shifted));
        assertArrayEquals(shifted, SyntheticData.moons(50, 0.1, 1).getFeatures().ravel().toDoubleVector());
    }

    @Test
    void anOffsetThatIsNotANumberSaysHowToFixIt() {
        System.setProperty(Seeds.OFFSET_PROPERTY, "one");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Seeds.of(42));
        assertTrue(e.getMessage().contains("whole number") && e.getMessage().contains("\"one\""), e.getMessage());
    }
}

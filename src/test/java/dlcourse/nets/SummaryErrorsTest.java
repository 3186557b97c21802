package dlcourse.nets;

import static dlcourse.nets.NetAssertions.assertMessage;

import org.junit.jupiter.api.Test;

class SummaryErrorsTest {

    @Test
    void noNetwork() {
        assertMessage(IllegalArgumentException.class, () -> Summary.of(null), "given null",
                "Summary.of(Mlp.classifier(2, 2, 16))");
        assertMessage(IllegalArgumentException.class, () -> Summary.text(null), "given null");
    }
}

package dlcourse.scratch;

import static dlcourse.Messages.assertMessage;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradientCheckErrorsTest {

    @Test
    void noInputs() {
        assertMessage(() -> GradientCheck.of(v -> v.get(0)), "inputs []", "GradientCheck.of(v -> v.get(0).tanh(), 0.5)");
    }

    @Test
    void noFunction() {
        assertMessage(() -> GradientCheck.of(null, 1.0), "no function", "GradientCheck.of(");
        assertMessage(() -> GradientCheck.ofParameters(List.of(Value.of(1)), null), "no function", "net.loss(x, y)");
    }

    @Test
    void noParameters() {
        assertMessage(() -> GradientCheck.ofParameters(List.of(), () -> Value.of(1)), "0 parameters",
                "ofParameters(net.parameters()");
    }

    @Test
    void functionReturningNull() {
        assertMessage(() -> GradientCheck.of(v -> null, 1.0), "returned null", "return the final Value");
    }
}

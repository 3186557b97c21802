package dlcourse.scratch;

import static dlcourse.Messages.assertMessage;
import static dlcourse.Messages.wrong;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValueErrorsTest {

    static Stream<Arguments> wrongInputs() {
        return Stream.of(
                wrong("NaN is rejected", () -> Value.of(Double.NaN), "NaN", "check the computation"),
                wrong("infinity is rejected", () -> Value.of(1).divide(0), "Infinity", "division by 0"),
                wrong("non-finite exponent is rejected", () -> Value.of(2).power(Double.NaN), "NaN", "finite exponent"),
                wrong("backward on an overflow is rejected", IllegalStateException.class,
                        () -> Value.of(800).exp().backward(), "Infinity", "lower the learning rate"),
                wrong("non-finite setData is rejected", () -> Value.of(1).setData(Double.POSITIVE_INFINITY),
                        "Infinity", "lower the learning rate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInputs")
    void refusedWithAMessageThatSaysTheFix(String input, Class<? extends Throwable> type, Executable call,
            String[] parts) {
        assertMessage(type, call, parts);
    }

    @Test
    void nullOperandIsRejected() {
        assertMessage(IllegalArgumentException.class, () -> Value.of(1).add((Value) null), "add", "null", "Value.of(");
        assertMessage(IllegalArgumentException.class, () -> Value.of(1).multiply((Value) null), "multiply", "null");
        assertMessage(IllegalArgumentException.class, () -> Value.of(1).subtract((Value) null), "subtract", "null");
        assertMessage(IllegalArgumentException.class, () -> Value.of(1).divide((Value) null), "divide", "null");
    }

    @Test
    void emptySumIsRejected() {
        assertMessage(IllegalArgumentException.class, () -> Value.sum(List.of()), "[]", "one or more");
        List<Value> withNull = new ArrayList<>();
        withNull.add(null);
        assertMessage(IllegalArgumentException.class, () -> Value.sum(withNull), "[null]", "one or more");
    }

    @Test
    void backwardTwiceIsRejected() {
        Value y = Value.of(2).multiply(3);
        y.backward();
        assertMessage(IllegalStateException.class, y::backward, "already called", "zeroGrad()", "compute the result again");
    }
}

package dlcourse.scratch;

import static dlcourse.Messages.assertMessage;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueErrorsTest {

    @Test
    void nanIsRejected() {
        assertMessage(IllegalArgumentException.class, () -> Value.of(Double.NaN), "NaN", "check the computation");
    }

    @Test
    void infinityIsRejected() {
        assertMessage(IllegalArgumentException.class, () -> Value.of(1).divide(0), "Infinity", "division by 0");
    }

    @Test
    void nullOperandIsRejected() {
        assertMessage(IllegalArgumentException.class, () -> Value.of(1).add((Value) null), "add", "null", "Value.of(");
        assertMessage(IllegalArgumentException.class, () -> Value.of(1).multiply((Value) null), "multiply", "null");
        assertMessage(IllegalArgumentException.class, () -> Value.of(1).subtract((Value) null), "subtract", "null");
        assertMessage(IllegalArgumentException.class, () -> Value.of(1).divide((Value) null), "divide", "null");
    }

    @Test
    void nonFiniteExponentIsRejected() {
        assertMessage(IllegalArgumentException.class, () -> Value.of(2).power(Double.NaN), "NaN", "finite exponent");
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

    @Test
    void backwardOnAnOverflowIsRejected() {
        Value huge = Value.of(800).exp();
        assertMessage(IllegalStateException.class, huge::backward, "Infinity", "lower the learning rate");
    }

    @Test
    void nonFiniteSetDataIsRejected() {
        assertMessage(IllegalArgumentException.class, () -> Value.of(1).setData(Double.POSITIVE_INFINITY),
                "Infinity", "lower the learning rate");
    }
}

package dlcourse.nets;

import static dlcourse.nets.NetAssertions.assertMessage;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

class MlpErrorsTest {

    private static final Class<IllegalArgumentException> BAD = IllegalArgumentException.class;

    @Test
    void noInputs() {
        assertMessage(BAD, () -> Mlp.classifier(0, 2, 4), "given 0", ".inputs(2)");
    }

    @Test
    void oneClass() {
        assertMessage(BAD, () -> Mlp.classifier(2, 1, 4), "given 1", ".outputs(2)", "Task.BINARY");
    }

    @Test
    void classesNotSet() {
        assertMessage(BAD, () -> Mlp.builder().inputs(2).build(), "none was given", ".outputs(2)");
    }

    @Test
    void emptyHiddenLayer() {
        assertMessage(BAD, () -> Mlp.classifier(2, 2, 4, 0), "[4, 0]", "remove or enlarge");
    }

    @Test
    void learningRateNotPositive() {
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(2).learningRate(-0.1).build(),
                "-0.1", "0.001 to 0.1");
    }

    @Test
    void learningRateTogetherWithAnUpdater() {
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(2).learningRate(0.05).updater(new Sgd(0.1))
                .build(), ".learningRate(0.05)", "Sgd", "remove .learningRate");
    }

    @Test
    void dropoutOfOne() {
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(2).dropout(1.0).build(), "1.0", ".dropout(0.2)");
    }

    @Test
    void negativeL2() {
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(2).l2(-1).build(), "-1.0", "0 turns it off");
    }

    @Test
    void binaryTaskWithTwoOutputs() {
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(2).task(Task.BINARY).build(),
                ".outputs(2)", "remove .outputs", "Task.MULTICLASS");
    }

    @Test
    void regressionWithoutOutputs() {
        assertMessage(BAD, () -> Mlp.builder().inputs(2).task(Task.REGRESSION).build(),
                "none was given", ".outputs(1)");
    }

    @Test
    void softmaxOnASingleOutput() {
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(1).task(Task.REGRESSION)
                .outputActivation(Activation.SOFTMAX).build(), "softmax", "Activation.SIGMOID");
    }

    @Test
    void probabilityLossOnUnboundedOutputs() {
        assertMessage(BAD, () -> Mlp.builder().inputs(2).task(Task.BINARY).outputActivation(Activation.IDENTITY)
                .build(), "XENT", "IDENTITY", "Activation.SIGMOID", "LossFunction.MSE");
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(2).loss(null), "null", "LossFunction.MSE");
    }

    @Test
    void nullSettings() {
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(2).activation(null).build(),
                "null", ".activation(Activation.TANH)");
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(2).task(null).build(), "null", "Task.MULTICLASS");
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(2).updater(null).build(), "null", "new Adam(0.01)");
        assertMessage(BAD, () -> Mlp.builder().inputs(2).outputs(2).weightInit(null).build(), "null",
                "WeightInit.XAVIER");
        assertMessage(BAD, () -> Mlp.builder().outputActivation(null), "null", "Activation.SIGMOID");
    }

    @Test
    void mseWithSoftmaxIsAllowed() {
        // Not an error: unusual but valid, so the builder must not reject it.
        Mlp.builder().inputs(2).outputs(3).loss(LossFunction.MSE).build();
    }
}

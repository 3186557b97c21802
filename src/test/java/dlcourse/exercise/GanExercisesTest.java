package dlcourse.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlcourse.exercise.CheckResult.Status;
import dlcourse.nets.Gan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;

class GanExercisesTest {

    private final Exercise equilibrium = Exercises.discriminatorLossAtEquilibrium();
    private final Exercise optimal = Exercises.optimalDiscriminator();
    private final Exercise parameters = Exercises.generatorParameters();

    @BeforeEach
    void startOver() {
        Exercises.all().forEach(Exercise::reset);
    }

    @Test
    void theyAreInTheCatalogue() {
        assertTrue(Exercises.all().containsAll(java.util.List.of(equilibrium, optimal, parameters)));
    }

    @Test
    void discriminatorLossAtEquilibriumRightWrongAndPlaceholder() {
        assertTrue(equilibrium.check(-Math.log(0.5)).passed());
        assertTrue(equilibrium.check(0.6931).passed());
        CheckResult sum = equilibrium.check(Math.log(4));
        assertEquals(Status.WRONG, sum.status());
        assertTrue(sum.message().contains("2b examples"), sum.message());
        assertTrue(equilibrium.check(-Math.log(4)).message().contains("minimax"));
        assertEquals(Status.WRONG, equilibrium.check(1.0).status());
        assertEquals(Status.NOT_ANSWERED, equilibrium.check(Double.NaN).status());
        assertTrue(equilibrium.solution().contains("0.6931"));
    }

    @Test
    void optimalDiscriminatorRightWrongAndPlaceholder() {
        assertTrue(optimal.check(0.3 / (0.3 + 0.1)).passed());
        assertTrue(optimal.check(0.25).message().contains("generated"), optimal.check(0.25).message());
        assertTrue(optimal.check(3.0).message().contains("ratio"));
        assertEquals(Status.WRONG, optimal.check(0.9).status());
        assertEquals(Status.NOT_ANSWERED, optimal.check(Double.NaN).status());
    }

    @Test
    void generatorParametersMatchTheLibrarysGenerator() {
        Gan gan = Gan.builder().noiseSize(16).dataSize(64).generatorHidden(128, 128).discriminatorHidden(128, 128)
                .outputActivation(Activation.SIGMOID).build();
        assertTrue(parameters.check(gan.generator().numParams()).passed());
        assertTrue(parameters.check(26_944).passed());
        assertTrue(parameters.check(26_624).message().contains("bias"), parameters.check(26_624).message());
        assertTrue(parameters.check(gan.discriminator().numParams()).message().contains("discriminator"));
        assertEquals(Status.WRONG, parameters.check(1000).status());
        assertEquals(Status.NOT_ANSWERED, parameters.check(Double.NaN).status());
    }
}

package org.jkeras.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptimizersRegistryTest {

    @Test
    void sgdHasKerasDefaults() {
        SGD sgd = assertInstanceOf(SGD.class, Optimizers.get("sgd"));
        assertEquals(0.01, sgd.learningRate());
        assertEquals(0, sgd.momentum());
        assertFalse(sgd.nesterov());
        assertEquals(0, sgd.decay());
    }

    @Test
    void rmspropHasKerasDefaults() {
        RMSprop rmsprop = assertInstanceOf(RMSprop.class, Optimizers.get("rmsprop"));
        assertEquals(0.001, rmsprop.lr());
        assertEquals(0.9, rmsprop.rho());
        assertEquals(1e-7, rmsprop.epsilon());
    }

    @Test
    void adamHasKerasDefaults() {
        Adam adam = assertInstanceOf(Adam.class, Optimizers.get("adam"));
        assertEquals(0.001, adam.lr());
        assertEquals(0.9, adam.beta1());
        assertEquals(0.999, adam.beta2());
        assertEquals(1e-7, adam.epsilon());
        assertFalse(adam.amsgrad());
    }

    @Test
    void classNameSpellingsAreAccepted() {
        assertEquals("rmsprop", Optimizers.get("RMSprop").name());
        assertEquals("sgd", Optimizers.get("SGD").name());
    }

    @Test
    void eachGetReturnsAFreshInstance() {
        assertTrue(Optimizers.get("adam") != Optimizers.get("adam"));
    }

    @Test
    void learningRateAndLrSetTheSameValue() {
        assertEquals(0.5, new SGD().learningRate(0.5).lr());
        assertEquals(0.25, new Adam().lr(0.25).learningRate());
    }

    @Test
    void newOptimizerHasMadeNoIterations() {
        assertEquals(0, new RMSprop().iterations());
    }

    @Test
    void otherKerasOptimizersAreNotImplementedYet() {
        for (String name : List.of("adagrad", "adadelta", "adamax", "nadam")) {
            UnsupportedOperationException e =
                    assertThrows(UnsupportedOperationException.class, () -> Optimizers.get(name));
            assertTrue(e.getMessage().contains("not implemented yet"), e.getMessage());
        }
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Optimizers.get("sgdd"));
        assertEquals(
                "optimizer: unknown name 'sgdd'; known: adadelta, adagrad, adam, adamax, nadam,"
                        + " rmsprop, sgd",
                e.getMessage());
    }

    @Test
    void negativeLearningRateIsRejected() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new SGD().lr(-1));
        assertEquals("lr must be a finite number >= 0. Received: -1.0", e.getMessage());
    }

    @Test
    void betaOutsideUnitIntervalIsRejected() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Adam().beta1(1));
        assertEquals("beta1 must be in [0, 1). Received: 1.0", e.getMessage());
    }
}

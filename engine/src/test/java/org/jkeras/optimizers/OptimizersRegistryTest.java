package org.jkeras.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkeras.ndarray.NDArray;
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
    void adagradHasKerasDefaults() {
        Adagrad adagrad = assertInstanceOf(Adagrad.class, Optimizers.get("adagrad"));
        assertEquals(0.01, adagrad.lr());
        assertEquals(1e-7, adagrad.epsilon());
        assertEquals(0, adagrad.decay());
    }

    @Test
    void adadeltaHasKerasDefaults() {
        Adadelta adadelta = assertInstanceOf(Adadelta.class, Optimizers.get("adadelta"));
        assertEquals(1.0, adadelta.lr());
        assertEquals(0.95, adadelta.rho());
        assertEquals(1e-7, adadelta.epsilon());
    }

    @Test
    void adamaxHasKerasDefaults() {
        Adamax adamax = assertInstanceOf(Adamax.class, Optimizers.get("adamax"));
        assertEquals(0.002, adamax.lr());
        assertEquals(0.9, adamax.beta1());
        assertEquals(0.999, adamax.beta2());
        assertEquals(1e-7, adamax.epsilon());
    }

    @Test
    void nadamHasKerasDefaults() {
        Nadam nadam = assertInstanceOf(Nadam.class, Optimizers.get("nadam"));
        assertEquals(0.002, nadam.lr());
        assertEquals(0.9, nadam.beta1());
        assertEquals(0.999, nadam.beta2());
        assertEquals(1e-7, nadam.epsilon());
        assertEquals(0.004, nadam.scheduleDecay());
    }

    @Test
    void clippingIsOffByDefault() {
        for (String name : Optimizers.names()) {
            OptimizerBase optimizer = Optimizers.get(name);
            assertEquals(0, optimizer.clipnorm(), name);
            assertEquals(0, optimizer.clipvalue(), name);
        }
    }

    @Test
    void clipSettersKeepTheirValues() {
        Adam adam = new Adam().clipnorm(1.5).clipvalue(0.25);
        assertEquals(1.5, adam.clipnorm());
        assertEquals(0.25, adam.clipvalue());
    }

    @Test
    void negativeClipnormIsRejected() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Nadam().clipnorm(-2));
        assertEquals("clipnorm must be >= 0. Received: -2.0", e.getMessage());
    }

    @Test
    void nanLearningRateIsRejected() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new Adagrad().learningRate(Double.NaN));
        assertEquals("lr must be a finite number. Received: NaN", e.getMessage());
    }

    @Test
    void weightsOfAFreshOptimizerHoldTheIterationCountAlone() {
        List<NDArray> weights = new Adam().getWeights();
        assertEquals(1, weights.size());
        assertEquals(0, weights.get(0).toIntArray()[0]);
    }

    @Test
    void setWeightsBeforeTheFirstUpdateSetsTheIterationCount() {
        Adam adam = new Adam();
        adam.setWeights(List.of(NDArray.of(new int[] {7}, new int[0])));
        assertEquals(7, adam.iterations());
    }

    @Test
    void setWeightsRejectsAnEmptyList() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new SGD().setWeights(List.of()));
        assertEquals(
                "weights must start with the iteration count. Received: an empty list",
                e.getMessage());
    }

    @Test
    void setWeightsRejectsANegativeIterationCountAndKeepsTheOldOne() {
        Adam adam = new Adam();
        adam.setWeights(List.of(NDArray.of(new int[] {3}, new int[0])));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> adam.setWeights(List.of(NDArray.of(new int[] {-1}, new int[0]))));
        assertEquals(
                "weights[0] must be the iteration count, a whole number >= 0. Received: -1.0",
                e.getMessage());
        assertEquals(3, adam.iterations());
    }

    @Test
    void setWeightsRejectsSlotsForAnOptimizerWithoutSlots() {
        SGD sgd = new SGD();
        NDArray slot = NDArray.of(new float[] {1, 2});
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> sgd.setWeights(List.of(NDArray.of(new int[] {0}, new int[0]), slot)));
        assertEquals(
                "weights must hold the iteration count then 0 slot arrays per parameter."
                        + " Received: 1 + 1 arrays",
                e.getMessage());
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
        assertEquals("lr must be >= 0. Received: -1.0", e.getMessage());
    }

    @Test
    void betaOutsideUnitIntervalIsRejected() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Adam().beta1(1));
        assertEquals("beta1 must be in [0, 1). Received: 1.0", e.getMessage());
    }
}

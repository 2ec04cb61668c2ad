package org.jkeras.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;
import org.jkeras.testing.HostBackend;
import org.junit.jupiter.api.Test;

class LayerConfigurationTest {

    private final HostBackend backend = new HostBackend();

    @Test
    void dropoutRejectsRateOfOne() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Dropout(1.0));
        assertEquals("rate must be in [0, 1). Received: 1.0", e.getMessage());
    }

    @Test
    void dropoutRejectsNegativeRate() {
        assertThrows(IllegalArgumentException.class, () -> new Dropout(-0.1));
    }

    @Test
    void denseRejectsNonPositiveUnits() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Dense(0));
        assertEquals("units must be positive. Received: 0", e.getMessage());
    }

    @Test
    void inputShapeRejectsZeroDimensions() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Dense(3).inputShape(4, 0));
        assertTrue(e.getMessage().endsWith("Received: [4, 0]"), e.getMessage());
    }

    @Test
    void denseOutputReplacesTheLastAxisOfAnyRank() {
        assertArrayEquals(new int[] {7, 3}, new Dense(3).computeOutputShape(new int[] {7, 5}));
    }

    @Test
    void flattenOutputIsTheProductOfTheSampleShape() {
        assertArrayEquals(new int[] {20}, new Flatten().computeOutputShape(new int[] {4, 5}));
    }

    @Test
    void buildCreatesKernelAndBiasInKerasOrder() {
        Dense dense = new Dense(3);
        dense.build(backend, new int[] {4}, new SeededRandom(1));
        List<NDArray> weights = dense.getWeights();
        assertArrayEquals(new int[] {4, 3}, weights.get(0).shape());
        assertArrayEquals(new int[] {3}, weights.get(1).shape());
        assertEquals(15, dense.countParams());
    }

    @Test
    void biasInitializedWithZerosByDefault() {
        Dense dense = new Dense(3);
        dense.build(backend, new int[] {4}, new SeededRandom(1));
        assertArrayEquals(new float[3], dense.getWeights().get(1).toFloatArray());
    }

    @Test
    void glorotUniformKernelStaysWithinItsLimit() {
        Dense dense = new Dense(30);
        dense.build(backend, new int[] {20}, new SeededRandom(1));
        double limit = Math.sqrt(6.0 / (20 + 30));
        for (float value : dense.getWeights().get(0).toFloatArray()) {
            assertTrue(Math.abs(value) <= limit, "kernel value " + value);
        }
    }

    @Test
    void withoutBiasOnlyTheKernelExists() {
        Dense dense = new Dense(3).useBias(false);
        dense.build(backend, new int[] {4}, new SeededRandom(1));
        assertEquals(1, dense.getWeights().size());
    }

    @Test
    void sameSeedGivesSameInitialWeights() {
        Dense first = new Dense(5);
        Dense second = new Dense(5);
        first.build(backend, new int[] {6}, new SeededRandom(42));
        second.build(backend, new int[] {6}, new SeededRandom(42));
        assertEquals(first.getWeights(), second.getWeights());
    }

    @Test
    void settersFailOnceTheLayerIsAttached() {
        Dense dense = new Dense(3).inputShape(4);
        dense.attach("dense_1");
        assertThrows(IllegalStateException.class, () -> dense.activation("relu"));
        assertThrows(IllegalStateException.class, () -> dense.name("other"));
    }

    @Test
    void settersFailOnceTheLayerIsBuilt() {
        Dense dense = new Dense(3);
        dense.build(backend, new int[] {4}, new SeededRandom(1));
        assertThrows(IllegalStateException.class, () -> dense.useBias(false));
    }

    @Test
    void attachKeepsTheUsersName() {
        Dense dense = new Dense(3).name("mine");
        dense.attach("dense_1");
        assertEquals("mine", dense.name());
    }

    @Test
    void unknownActivationIsRejectedAtConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> new Dense(3).activation("relux"));
    }

    @Test
    void setWeightsRejectsAWrongShapeNamingTheExpectedOne() {
        Dense dense = new Dense(3);
        dense.build(backend, new int[] {4}, new SeededRandom(1));
        List<NDArray> wrong =
                List.of(
                        NDArray.zeros(org.jkeras.ndarray.DType.FLOAT32, 3, 4),
                        NDArray.zeros(org.jkeras.ndarray.DType.FLOAT32, 3));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> dense.setWeights(wrong));
        assertTrue(
                e.getMessage().endsWith("[4, 3]. Received: float32 array of shape [3, 4]"),
                e.getMessage());
    }

    @Test
    void layerIsNotBuiltBeforeItKnowsItsInput() {
        Dense dense = new Dense(3);
        assertFalse(dense.isBuilt());
        assertEquals(0, dense.countParams());
        assertThrows(IllegalStateException.class, dense::outputShape);
    }
}

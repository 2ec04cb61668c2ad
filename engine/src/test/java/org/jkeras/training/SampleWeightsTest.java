package org.jkeras.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;

class SampleWeightsTest {

    private static final NDArray ONE_HOT =
            NDArray.of(new float[][] {{0, 1, 0}, {1, 0, 0}, {0, 0, 1}, {0, 1, 0}});
    private static final int[] THREE_UNITS = {3};

    @Test
    void noWeightsWeighEverySampleAlike() {
        assertNull(
                SampleWeights.standardize("sampleWeight", ONE_HOT, THREE_UNITS, null, null, false));
    }

    @Test
    void sampleWeightsArePassedThrough() {
        NDArray weights = NDArray.of(new float[] {1, 2, 3, 4});
        assertSame(
                weights,
                SampleWeights.standardize(
                        "sampleWeight", ONE_HOT, THREE_UNITS, weights, null, false));
    }

    @Test
    void classWeightsFollowTheArgmaxOfOneHotTargets() {
        NDArray weights =
                SampleWeights.standardize(
                        "sampleWeight",
                        ONE_HOT,
                        THREE_UNITS,
                        null,
                        Map.of(0, 0.5, 1, 2.0, 2, 3.0),
                        false);
        assertArrayEquals(new float[] {2, 0.5f, 3, 2}, weights.toFloatArray());
    }

    @Test
    void classWeightsReadIntegerLabelsAsTheirClass() {
        NDArray labels = NDArray.of(new int[] {2, 0, 2});
        NDArray weights =
                SampleWeights.standardize(
                        "sampleWeight", labels, THREE_UNITS, null, Map.of(0, 4.0, 2, 1.5), false);
        assertArrayEquals(new float[] {1.5f, 4, 1.5f}, weights.toFloatArray());
    }

    @Test
    void classWeightsReadOneUnitTargetsAsTheirClass() {
        NDArray targets = NDArray.of(new float[] {1, 0, 1}, 3, 1);
        NDArray weights =
                SampleWeights.standardize(
                        "sampleWeight",
                        targets,
                        new int[] {1},
                        null,
                        Map.of(0, 1.0, 1, 9.0),
                        false);
        assertArrayEquals(new float[] {9, 1, 9}, weights.toFloatArray());
    }

    @Test
    void missingClassesAreListedInOrder() {
        NDArray labels = NDArray.of(new int[] {10, 2, 0, 2});
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                SampleWeights.standardize(
                                        "sampleWeight",
                                        labels,
                                        new int[] {11},
                                        null,
                                        Map.of(0, 1.0),
                                        false));
        assertEquals(
                "classWeight must contain every class in the targets; missing: [2, 10]."
                        + " Received: classes [0]",
                e.getMessage());
    }

    @Test
    void temporalWeightsMustBeTwoDimensional() {
        NDArray targets = NDArray.zeros(org.jkeras.ndarray.DType.FLOAT32, 2, 3, 1);
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                SampleWeights.standardize(
                                        "sampleWeight",
                                        targets,
                                        new int[] {3, 1},
                                        NDArray.of(new float[] {1, 1}),
                                        null,
                                        true));
        assertEquals(
                "sampleWeight must be 2-D, [samples, timesteps], with sampleWeightMode"
                        + " 'temporal'. Received: an array of shape [2]",
                e.getMessage());
    }

    @Test
    void temporalWeightsMustMatchTheTargetsLeadingAxes() {
        NDArray targets = NDArray.zeros(org.jkeras.ndarray.DType.FLOAT32, 2, 3, 1);
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                SampleWeights.standardize(
                                        "sampleWeight",
                                        targets,
                                        new int[] {3, 1},
                                        NDArray.of(new float[4], 2, 2),
                                        null,
                                        true));
        assertEquals(
                "sampleWeight must have shape [2, 3] to weigh targets of shape [2, 3, 1]."
                        + " Received: an array of shape [2, 2]",
                e.getMessage());
    }
}

package org.jkeras.utils;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/** {@link NpUtils} against Keras 2.2.4's {@code to_categorical} and {@code normalize}. */
class NpUtilsTest {

    @Test
    void toCategoricalPutsAOneAtEachLabelsIndex() {
        NDArray oneHot = NpUtils.toCategorical(NDArray.of(new int[] {2, 0, 1}), 4);

        assertArrayEquals(new int[] {3, 4}, oneHot.shape());
        assertArrayEquals(new float[] {0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0}, oneHot.toFloatArray());
        assertEquals(DType.FLOAT32, oneHot.dtype());
    }

    @Test
    void toCategoricalWithoutNumClassesCountsTheLargestLabelPlusOne() {
        assertArrayEquals(
                new int[] {2, 6}, NpUtils.toCategorical(NDArray.of(new int[] {5, 1})).shape());
        assertArrayEquals(
                new int[] {2, 6}, NpUtils.toCategorical(NDArray.of(new int[] {5, 1}), 0).shape());
    }

    @Test
    void toCategoricalDropsATrailingAxisOfOne() {
        NDArray column = NDArray.of(new int[] {1, 0}, 2, 1);

        assertArrayEquals(new int[] {2, 3}, NpUtils.toCategorical(column, 3).shape());
    }

    @Test
    void toCategoricalKeepsTheShapeOfAGridOfLabels() {
        NDArray grid = NDArray.of(new int[] {0, 1, 2, 1}, 2, 2);

        NDArray oneHot = NpUtils.toCategorical(grid, 3);

        assertArrayEquals(new int[] {2, 2, 3}, oneHot.shape());
        assertEquals(1f, oneHot.getFloat(1, 0, 2));
    }

    @Test
    void toCategoricalTruncatesFloatLabelsAsKerasCastsThem() {
        NDArray oneHot = NpUtils.toCategorical(NDArray.of(new float[] {1.9f, 0.2f}), 2);

        assertArrayEquals(new float[] {0, 1, 1, 0}, oneHot.toFloatArray());
    }

    @Test
    void toCategoricalGivesTheAskedDtype() {
        NDArray oneHot = NpUtils.toCategorical(NDArray.of(new int[] {1}), 2, DType.INT32);

        assertEquals(DType.INT32, oneHot.dtype());
        assertArrayEquals(new int[] {0, 1}, oneHot.toIntArray());
    }

    @Test
    void toCategoricalRejectsALabelOutsideTheClasses() {
        IllegalArgumentException thrown =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> NpUtils.toCategorical(NDArray.of(new int[] {0, 3}), 3));

        assertEquals(
                "y must hold class indices in [0, 3). Received: 3 at flat index 1",
                thrown.getMessage());
    }

    @Test
    void normalizeScalesEachRowToUnitL2NormAndLeavesZeroRowsZero() {
        NDArray x = NDArray.of(new float[][] {{3, 4}, {0, 0}});

        assertArrayEquals(new float[] {0.6f, 0.8f, 0, 0}, NpUtils.normalize(x).toFloatArray());
    }

    @Test
    void normalizeAlongTheFirstAxisScalesColumns() {
        NDArray x = NDArray.of(new float[][] {{3, 1}, {4, 0}});

        assertArrayEquals(
                new float[] {0.6f, 1, 0.8f, 0}, NpUtils.normalize(x, 0, 2).toFloatArray());
    }

    @Test
    void normalizeAlongAMiddleAxisOfARank3Array() {
        NDArray x = NDArray.of(new float[] {3, 1, 4, 0, 0, 5, 0, 12}, 2, 2, 2);

        assertArrayEquals(
                new float[] {0.6f, 1, 0.8f, 0, 0, 5f / 13, 0, 12f / 13},
                NpUtils.normalize(x, 1, 2).toFloatArray(),
                1e-7f);
    }

    @Test
    void normalizeTakesNumpysVectorNorms() {
        NDArray x = NDArray.of(new float[] {2, 0, -4});

        assertArrayEquals(
                new float[] {1f / 3, 0, -2f / 3},
                NpUtils.normalize(x, -1, 1).toFloatArray(),
                1e-7f);
        assertArrayEquals(
                new float[] {0.5f, 0, -1},
                NpUtils.normalize(x, 0, Double.POSITIVE_INFINITY).toFloatArray());
        assertArrayEquals(new float[] {1, 0, -2}, NpUtils.normalize(x, 0, 0).toFloatArray());
    }

    @Test
    void normalizeRejectsAnAxisOutOfRange() {
        IllegalArgumentException thrown =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> NpUtils.normalize(NDArray.of(new float[] {1}), 1, 2));

        assertEquals("axis must be in [-1, 1) for x of rank 1. Received: 1", thrown.getMessage());
    }
}

package org.jkeras.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/** {@link Labels#toCategorical}, against Keras 2.2.4's {@code to_categorical}. */
class LabelsTest {

    @Test
    void putsAOneAtEachLabelsIndexAndZerosElsewhere() {
        NDArray oneHot = Labels.toCategorical(NDArray.of(new int[] {2, 0, 1}), 4);
        assertEquals(DType.FLOAT32, oneHot.dtype());
        assertArrayEquals(
                new float[][] {{0, 0, 1, 0}, {1, 0, 0, 0}, {0, 1, 0, 0}}, oneHot.toFloatMatrix());
    }

    @Test
    void dropsATrailingAxisOfSizeOne() {
        NDArray column = NDArray.of(new int[] {1, 0}, 2, 1);
        assertArrayEquals(new int[] {2, 3}, Labels.toCategorical(column, 3).shape());
    }

    @Test
    void keepsTheOtherAxesOfTheLabels() {
        NDArray grid = NDArray.of(new int[] {0, 1, 2, 1, 0, 1}, 2, 3);
        NDArray oneHot = Labels.toCategorical(grid, 3);
        assertArrayEquals(new int[] {2, 3, 3}, oneHot.shape());
        assertArrayEquals(new float[] {0, 0, 1}, oneHot.toFloat3D()[0][2]);
    }

    @Test
    void takesOneClassMoreThanTheLargestLabelWhenNumClassesIsNotGiven() {
        NDArray oneHot = Labels.toCategorical(NDArray.of(new int[] {0, 4}));
        assertArrayEquals(new int[] {2, 5}, oneHot.shape());
        assertArrayEquals(new float[] {0, 0, 0, 0, 1}, oneHot.toFloatMatrix()[1]);
    }

    @Test
    void acceptsFloatLabelsHoldingIntegers() {
        NDArray oneHot = Labels.toCategorical(NDArray.of(new float[] {1f, 0f}), 2);
        assertArrayEquals(new float[][] {{0, 1}, {1, 0}}, oneHot.toFloatMatrix());
    }

    @Test
    void rejectsALabelNotBelowNumClasses() {
        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Labels.toCategorical(NDArray.of(new int[] {3, 10}), 10));
        assertEquals(
                "labels[1] must be a class index in [0, 10). Received: 10", error.getMessage());
    }

    @Test
    void rejectsANegativeLabel() {
        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Labels.toCategorical(NDArray.of(new int[] {-1}), 10));
        assertEquals(
                "labels[0] must be a class index in [0, 10). Received: -1", error.getMessage());
    }

    @Test
    void rejectsLabelsThatAreNotIntegers() {
        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Labels.toCategorical(NDArray.of(new float[] {0.5f}), 2));
        assertEquals(
                "labels must be integer class indices. Received: element 0 is not an integer."
                        + " Received: 0.5",
                error.getMessage());
    }

    @Test
    void rejectsANumClassesBelowOne() {
        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Labels.toCategorical(NDArray.of(new int[] {0}), 0));
        assertEquals(
                "numClasses must be a positive number of classes. Received: 0", error.getMessage());
    }
}

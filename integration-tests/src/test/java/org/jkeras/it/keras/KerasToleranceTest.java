package org.jkeras.it.keras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The comparison the Keras-numbers tests rest on must fail when Java strays from Keras. */
class KerasToleranceTest {

    @Test
    void acceptsDifferencesWithinOneInOneHundredThousandAndReturnsTheLargest() {
        NDArray keras = NDArray.of(new float[] {0.5f, -0.25f, 0f});
        NDArray java = NDArray.of(new float[] {0.500004f, -0.25f, -0.000002f});
        double largest = KerasTolerance.assertClose(keras, java, "close");
        assertEquals(4e-6, largest, 1e-7);
    }

    @Test
    void rejectsAnAbsoluteDifferenceAboveTheToleranceForSmallValues() {
        NDArray keras = NDArray.of(new float[] {0.5f, 0.1f});
        NDArray java = NDArray.of(new float[] {0.5f, 0.10003f});
        AssertionFailedError error =
                assertThrows(
                        AssertionFailedError.class,
                        () -> KerasTolerance.assertClose(keras, java, "layer dense"));
        assertTrue(error.getMessage().contains("at flat index 1"), error.getMessage());
    }

    @Test
    void measuresLargeValuesRelatively() {
        NDArray keras = NDArray.of(new float[] {1000f});
        KerasTolerance.assertClose(keras, NDArray.of(new float[] {1000.005f}), "within");
        assertThrows(
                AssertionFailedError.class,
                () -> KerasTolerance.assertClose(keras, NDArray.of(new float[] {1000.02f}), "off"));
    }

    @Test
    void rejectsADifferentShape() {
        NDArray keras = NDArray.of(new float[] {1f, 2f}, 1, 2);
        NDArray java = NDArray.of(new float[] {1f, 2f}, 2, 1);
        assertThrows(
                AssertionFailedError.class, () -> KerasTolerance.assertClose(keras, java, "shape"));
    }

    @Test
    void rejectsNaN() {
        NDArray keras = NDArray.of(new float[] {1f});
        assertThrows(
                AssertionFailedError.class,
                () ->
                        KerasTolerance.assertClose(
                                keras, NDArray.of(new float[] {Float.NaN}), "nan"));
    }
}

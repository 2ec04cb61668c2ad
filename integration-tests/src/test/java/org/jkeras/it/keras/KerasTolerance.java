package org.jkeras.it.keras;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import org.jkeras.ndarray.NDArray;

/**
 * The agreement asked of Java with Keras: within 1e-5, absolute for values up to 1 in size and
 * relative above, since float32 carries about seven significant digits whatever the magnitude.
 */
final class KerasTolerance {

    static final double TOLERANCE = 1e-5;

    private KerasTolerance() {}

    /**
     * Asserts that {@code actual} has Keras's shape and values within the tolerance.
     *
     * @return the largest absolute difference, for the report
     */
    static double assertClose(NDArray keras, NDArray actual, String what) {
        assertArrayEquals(keras.shape(), actual.shape(), () -> what + ": shape");
        float[] expected = keras.toFloatArray();
        float[] got = actual.toFloatArray();
        double largest = 0;
        int firstOff = -1;
        for (int i = 0; i < expected.length; i++) {
            double difference = Math.abs((double) got[i] - expected[i]);
            if (Double.isNaN(difference)) {
                fail(what + ": Java gave " + got[i] + " where Keras gave " + expected[i]);
            }
            if (firstOff < 0 && difference > TOLERANCE * Math.max(1, Math.abs(expected[i]))) {
                firstOff = i;
            }
            largest = Math.max(largest, difference);
        }
        if (firstOff >= 0) {
            fail(
                    String.format(
                            "%s: differs from Keras by more than %s (largest |diff| %s); at flat"
                                    + " index %d of shape %s Keras gave %s, Java %s",
                            what,
                            TOLERANCE,
                            largest,
                            firstOff,
                            Arrays.toString(keras.shape()),
                            expected[firstOff],
                            got[firstOff]));
        }
        return largest;
    }

    /** Asserts a scalar such as a loss, with the same tolerance; returns the difference. */
    static double assertClose(double keras, double actual, String what) {
        double difference = Math.abs(actual - keras);
        if (!(difference <= TOLERANCE * Math.max(1, Math.abs(keras)))) {
            fail(
                    String.format(
                            "%s: Keras gave %s, Java %s (|diff| %s)",
                            what, keras, actual, difference));
        }
        return difference;
    }
}

package org.jkeras.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.function.ThrowingSupplier;

/** Moves data between the reference and the backend under test, and compares the two. */
final class Fixture {

    private final Backend backend;

    Fixture(Backend backend) {
        this.backend = backend;
    }

    Backend backend() {
        return backend;
    }

    /** Uploads reference values as a float32 tensor owned by {@code scope}. */
    Tensor floats(Scope scope, Ref values) {
        return scope.track(backend.fromHost(values.toFloat32()));
    }

    /** Uploads int32 data owned by {@code scope}. */
    Tensor ints(Scope scope, int[] data, int... shape) {
        return scope.track(backend.fromHost(NDArray.of(data, shape)));
    }

    /** Reads a tensor back as reference values. */
    Ref read(Tensor tensor) {
        return Ref.fromHost(backend.toHost(tensor));
    }

    /**
     * Checks that {@code actual} is a float32 tensor of the reference's shape whose elements are
     * within {@code tolerance} of the reference rounded to float32.
     */
    void assertClose(Tensor actual, Ref expected, Tolerance tolerance) {
        NDArray host = backend.toHost(actual);
        assertEquals(DType.FLOAT32, actual.dtype(), "dtype of the result");
        assertEquals(DType.FLOAT32, host.dtype(), "dtype of the result read back");
        assertArrayEquals(expected.shape(), actual.shape(), "shape of the result");
        assertArrayEquals(expected.shape(), host.shape(), "shape of the result read back");
        assertValuesClose(host.toFloatArray(), expected, tolerance, "result");
    }

    /** Checks host values against the reference, naming the first element out of tolerance. */
    static void assertValuesClose(float[] actual, Ref expected, Tolerance tolerance, String what) {
        assertEquals(expected.size(), actual.length, what + ": element count");
        for (int i = 0; i < actual.length; i++) {
            double want = (float) expected.get(i);
            if (!tolerance.accepts(actual[i], want)) {
                fail(
                        what
                                + ": element "
                                + i
                                + " of shape "
                                + Arrays.toString(expected.shape())
                                + " is "
                                + actual[i]
                                + ", expected "
                                + want
                                + " within "
                                + tolerance);
            }
        }
    }

    /** Checks that {@code actual} is an int32 tensor with exactly the given shape and values. */
    void assertInts(Tensor actual, int[] shape, int[] values) {
        NDArray host = backend.toHost(actual);
        assertEquals(DType.INT32, actual.dtype(), "dtype of the result");
        assertEquals(DType.INT32, host.dtype(), "dtype of the result read back");
        assertArrayEquals(shape, actual.shape(), "shape of the result");
        assertArrayEquals(values, host.toIntArray(), "values of the result");
    }

    /** Checks that an op left its input as it was. */
    void assertUnchanged(Tensor input, NDArray before, String name) {
        NDArray after = backend.toHost(input);
        assertEquals(before, after, name + " must not be modified by the op");
    }

    /**
     * Checks that {@code call} throws {@code type} with a message; a tensor it wrongly returns is
     * closed.
     */
    static <E extends Throwable> E assertRejects(
            Class<E> type, Scope scope, ThrowingSupplier<Tensor> call) {
        E error = assertThrows(type, () -> scope.track(call.get()));
        assertNotNull(error.getMessage(), "the exception must carry a message");
        assertFalse(error.getMessage().isBlank(), "the exception message must not be blank");
        return error;
    }
}

package org.jkeras.spi;

import org.jkeras.ndarray.DType;

/**
 * An n-dimensional array owned by a {@link Backend}: opaque to the engine, which reads it back only
 * through {@link Backend#toHost(Tensor)}.
 *
 * <p>A tensor has an explicit lifetime. Whoever creates it (the engine, or a backend's fused op for
 * its own temporaries) closes it when done, so a backend holding native memory frees it at once
 * instead of waiting for the garbage collector. Closing twice is harmless; any other use of a
 * closed tensor throws {@link IllegalStateException}.
 */
public interface Tensor extends AutoCloseable {

    /** Returns a copy of the shape; a scalar has shape {@code []}. */
    int[] shape();

    /** Returns the element type. */
    DType dtype();

    /** Returns the number of dimensions. */
    default int rank() {
        return shape().length;
    }

    /** Returns the number of elements. */
    default int size() {
        int n = 1;
        for (int d : shape()) {
            n *= d;
        }
        return n;
    }

    /** Returns whether {@link #close()} has been called. */
    boolean isClosed();

    /** Releases the memory behind this tensor. Idempotent. */
    @Override
    void close();
}

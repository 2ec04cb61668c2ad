package org.jkeras.ndarray;

/**
 * The element types jkeras moves between host and backend.
 *
 * <p>{@link #FLOAT32} is the default for data and weights; {@link #INT32} carries class labels and
 * indices.
 */
public enum DType {
    /** 32-bit IEEE 754 floating point, Keras's {@code floatx} default. */
    FLOAT32,
    /** 32-bit signed integer, for labels and indices. */
    INT32
}

package org.jkeras.spi;

/**
 * Element-wise comparisons with broadcasting. The result is a float32 mask of 1 where the
 * comparison holds and 0 elsewhere; any comparison with NaN is false except {@link #NOT_EQUAL}.
 * Both operands must have the same element type, float32 or int32.
 */
public enum CompareOp {
    /** {@code a == b}. */
    EQUAL,
    /** {@code a != b}. */
    NOT_EQUAL,
    /** {@code a < b}. */
    LESS,
    /** {@code a <= b}. */
    LESS_EQUAL,
    /** {@code a > b}. */
    GREATER,
    /** {@code a >= b}. */
    GREATER_EQUAL
}

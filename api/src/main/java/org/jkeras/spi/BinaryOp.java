package org.jkeras.spi;

/** Element-wise functions of two float32 tensors, with NumPy broadcasting. */
public enum BinaryOp {
    /** {@code a + b}. */
    ADD,
    /** {@code a - b}. */
    SUB,
    /** {@code a * b}. */
    MUL,
    /** {@code a / b}, IEEE 754 division. */
    DIV,
    /** {@code a ^ b}, as {@code Math.pow}. */
    POW,
    /** Larger of the two; NaN if either is NaN. */
    MAXIMUM,
    /** Smaller of the two; NaN if either is NaN. */
    MINIMUM
}

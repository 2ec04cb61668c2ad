package org.jkeras.spi;

/**
 * Element-wise functions of one float32 tensor, computed as the named {@code java.lang.Math}
 * function would compute them in float64 and rounded to float32; NaN and infinities propagate as
 * IEEE 754 says.
 */
public enum UnaryOp {
    /** {@code -x}. */
    NEG,
    /** {@code |x|}. */
    ABS,
    /** {@code -1}, {@code 0} or {@code 1}; NaN stays NaN. */
    SIGN,
    /** {@code x * x}. */
    SQUARE,
    /** {@code sqrt(x)}; NaN below zero. */
    SQRT,
    /** {@code e^x}. */
    EXP,
    /** {@code e^x - 1}, accurate near zero. */
    EXPM1,
    /** Natural logarithm; {@code -inf} at zero, NaN below. */
    LOG,
    /** {@code log(1 + x)}, accurate near zero. */
    LOG1P,
    /** Hyperbolic tangent. */
    TANH,
    /** {@code 1 / (1 + e^-x)}. */
    SIGMOID,
    /** {@code max(x, 0)}; NaN stays NaN. */
    RELU,
    /** {@code 1 / x}. */
    RECIPROCAL,
    /** Largest integer not above x. */
    FLOOR,
    /** Smallest integer not below x. */
    CEIL,
    /** Nearest integer, ties to even (as {@code Math.rint} and TensorFlow's round). */
    ROUND
}

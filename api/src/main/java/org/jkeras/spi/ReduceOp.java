package org.jkeras.spi;

/**
 * Reductions of a float32 tensor over a set of axes. Over zero elements {@link #SUM} gives 0,
 * {@link #MEAN} NaN, {@link #MAX} negative infinity and {@link #MIN} positive infinity; a NaN among
 * the elements makes the result NaN.
 */
public enum ReduceOp {
    /** Sum of the elements. */
    SUM,
    /** Arithmetic mean of the elements. */
    MEAN,
    /** Largest element. */
    MAX,
    /** Smallest element. */
    MIN
}

package org.jkeras.conformance;

/**
 * How far a backend's float32 result may sit from the kit's float64 reference: an element passes
 * when {@code |actual - expected| <= absolute + relative * |expected|}, where {@code expected} is
 * the reference rounded to float32. NaN must meet NaN and an infinity the same infinity.
 *
 * @param relative the tolerance relative to the expected magnitude
 * @param absolute the tolerance that applies near zero
 */
record Tolerance(double relative, double absolute) {

    /**
     * One element-wise op on float32 inputs: a correctly rounded result is within half an ulp
     * (about 6e-8 relative); this leaves room for the few-ulp errors of vectorized or device math
     * libraries.
     */
    static final Tolerance ELEMENTWISE = new Tolerance(1e-5, 1e-6);

    /**
     * Ops that accumulate (reductions, matmul, dense, softmax, the optimizer updates): float32 sums
     * of up to a few dozen terms of magnitude near 1 carry errors of a few 1e-6, in any order.
     */
    static final Tolerance ACCUMULATED = new Tolerance(1e-4, 1e-5);

    /**
     * A gradient from the tape, computed in float32 through several ops, against a central
     * difference of the float64 reference, which is exact to about 1e-9 at these inputs.
     */
    static final Tolerance GRADIENT = new Tolerance(1e-3, 1e-4);

    /** Returns whether {@code actual} is close enough to {@code expected}. */
    boolean accepts(double actual, double expected) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            return Double.compare(actual, expected) == 0;
        }
        if (Double.isNaN(actual) || Double.isInfinite(actual)) {
            return false;
        }
        return Math.abs(actual - expected) <= absolute + relative * Math.abs(expected);
    }
}

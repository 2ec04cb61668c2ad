package org.jkeras.random;

/**
 * The integer form of the test {@code uniform(0, 1) >= rate}: a uniform draw is the top 53 bits
 * {@code u} of a step, taken as {@code u * 2^-53}, rounded to float and kept below 1; every one of
 * those steps is monotone in {@code u}, so the test holds exactly when {@code u} reaches one
 * threshold, found once by bisection instead of redoing the float arithmetic for every draw.
 */
final class KeepThreshold {

    private static final long DRAWS = 1L << 53;

    private KeepThreshold() {}

    /**
     * Returns the least {@code u} in {@code [0, 2^53)} whose draw is at least {@code rate}, or
     * {@code 2^53} when no draw is.
     */
    static long of(double rate) {
        long low = 0;
        long high = DRAWS;
        while (low < high) {
            long middle = (low + high) >>> 1;
            if (draw(middle) >= rate) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** The float {@code uniform(shape, 0, 1)} makes of the top bits {@code u}, as a double. */
    static double draw(long u) {
        float value = (float) (u * 0x1.0p-53);
        return value >= 1f ? Math.nextDown(1f) : value;
    }
}

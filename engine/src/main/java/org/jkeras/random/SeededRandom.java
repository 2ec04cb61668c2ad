package org.jkeras.random;

import java.util.Objects;
import org.jkeras.ndarray.NDArray;
import org.jkeras.ndarray.Shapes;

/**
 * The engine's source of random numbers: SplitMix64, written out so that the same seed gives the
 * same numbers on every JVM and every backend. Not thread-safe; each model owns its own.
 */
public final class SeededRandom {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    /** Creates a generator whose whole sequence is fixed by {@code seed}. */
    public SeededRandom(long seed) {
        this.state = seed;
    }

    /** Returns the next 64 uniformly distributed bits. */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Returns a float uniformly distributed in {@code [0, 1)}, from the top 24 bits. */
    public float nextFloat() {
        return (nextLong() >>> 40) * 0x1.0p-24f;
    }

    /** Returns a double uniformly distributed in {@code [0, 1)}, from the top 53 bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Returns an int uniformly distributed in {@code [0, bound)}, without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive. Received: " + bound);
        }
        long limit = (1L << 32) - ((1L << 32) % bound);
        while (true) {
            long bits = nextLong() >>> 32;
            if (bits < limit) {
                return (int) (bits % bound);
            }
        }
    }

    /**
     * Returns a standard normal draw by the Box-Muller transform; each call consumes two uniform
     * draws so that the sequence does not depend on hidden cached state.
     */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** Returns a uniformly random permutation of {@code 0 .. n-1} (Fisher-Yates). */
    public int[] permutation(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0. Received: " + n);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** Returns a float32 array of draws uniform in {@code [low, high)}. */
    public NDArray uniform(int[] shape, double low, double high) {
        Objects.requireNonNull(shape, "shape");
        if (!(low <= high)) {
            throw new IllegalArgumentException(
                    "low must not exceed high. Received: low=" + low + ", high=" + high);
        }
        float[] data = new float[Shapes.size(shape)];
        float top = (float) high;
        for (int i = 0; i < data.length; i++) {
            float value = (float) (low + (high - low) * nextDouble());
            // Rounding to float can reach the open upper bound; keep the interval half-open.
            data[i] = value >= top && low < high ? Math.nextDown(top) : value;
        }
        return NDArray.of(data, shape);
    }

    /**
     * Returns a dropout mask of {@code size} values: {@code keptValue} where a draw uniform in
     * {@code [0, 1)} is at least {@code rate}, else 0. The result and the generator's state
     * afterwards are exactly those of comparing each element of {@code uniform(shape, 0, 1)} with
     * {@code rate}, without building the array of draws.
     *
     * @throws IllegalArgumentException if {@code size} is negative or {@code rate} is NaN
     */
    public float[] keepMask(int size, double rate, float keptValue) {
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0. Received: " + size);
        }
        if (Double.isNaN(rate)) {
            throw new IllegalArgumentException("rate must be a number. Received: NaN");
        }
        float[] mask = new float[size];
        long threshold = KeepThreshold.of(rate);
        // An int select compiles to a conditional move; a float one becomes a branch that
        // mispredicts on every rate-th unit, which cost more than the draws themselves.
        int keptBits = Float.floatToRawIntBits(keptValue);
        long s = state;
        for (int i = 0; i < size; i++) {
            s += GOLDEN_GAMMA;
            mask[i] = Float.intBitsToFloat(mix(s) >>> 11 >= threshold ? keptBits : 0);
        }
        state = s;
        return mask;
    }

    /** Returns a float32 array of normal draws with the given mean and standard deviation. */
    public NDArray normal(int[] shape, double mean, double stddev) {
        Objects.requireNonNull(shape, "shape");
        checkStddev(stddev);
        float[] data = new float[Shapes.size(shape)];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) (mean + stddev * nextGaussian());
        }
        return NDArray.of(data, shape);
    }

    /**
     * Returns a float32 array of normal draws redrawn until within two standard deviations of the
     * mean, as Keras's {@code truncated_normal}.
     */
    public NDArray truncatedNormal(int[] shape, double mean, double stddev) {
        Objects.requireNonNull(shape, "shape");
        checkStddev(stddev);
        float[] data = new float[Shapes.size(shape)];
        for (int i = 0; i < data.length; i++) {
            double z;
            do {
                z = nextGaussian();
            } while (Math.abs(z) > 2.0);
            data[i] = (float) (mean + stddev * z);
        }
        return NDArray.of(data, shape);
    }

    private static void checkStddev(double stddev) {
        if (!(stddev >= 0)) {
            throw new IllegalArgumentException("stddev must be >= 0. Received: " + stddev);
        }
    }
}

package org.jkeras.backend.cpu;

import java.util.Random;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/** Shorthands the backend tests share for moving data in and out of tensors. */
final class Fixtures {

    private Fixtures() {}

    static Tensor floats(Backend backend, float[] data, int... shape) {
        return backend.fromHost(NDArray.of(data, shape));
    }

    static Tensor ints(Backend backend, int[] data, int... shape) {
        return backend.fromHost(NDArray.of(data, shape));
    }

    static float[] values(Backend backend, Tensor tensor) {
        return backend.toHost(tensor).toFloatArray();
    }

    static int[] intValues(Backend backend, Tensor tensor) {
        return backend.toHost(tensor).toIntArray();
    }

    /** Returns {@code 0, 1, ..., n-1} as floats. */
    static float[] range(int n) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** Returns n floats drawn uniformly from [-2, 2) with a fixed seed. */
    static float[] random(int n, long seed) {
        Random random = new Random(seed);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = random.nextFloat() * 4 - 2;
        }
        return out;
    }
}

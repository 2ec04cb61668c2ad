package org.jkeras.backend.cpu.matmul;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;

/** A naive double-precision product to check the kernels against, and random test inputs. */
final class ReferenceProduct {

    private ReferenceProduct() {}

    static float[] randomArray(SplittableRandom random, int size) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return values;
    }

    /**
     * Fails unless every element of {@code c} is within {@code 1e-5 * sqrt(k)} of the exact
     * product, relative to the sum of the magnitudes of the terms, which is the scale float
     * rounding errors grow with.
     */
    static void assertMatches(
            float[] a, float[] b, float[] c, int m, int n, int k, boolean transA, boolean transB) {
        double tolerance = 1e-5 * Math.sqrt(Math.max(k, 1));
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                double magnitude = 0;
                for (int p = 0; p < k; p++) {
                    double term =
                            (double) (transA ? a[p * m + i] : a[i * k + p])
                                    * (transB ? b[j * k + p] : b[p * n + j]);
                    sum += term;
                    magnitude += Math.abs(term);
                }
                float actual = c[i * n + j];
                if (!(Math.abs(actual - sum) <= tolerance * magnitude + Float.MIN_NORMAL)) {
                    fail(
                            String.format(
                                    "C[%d, %d] of %dx%dx%d (transA=%b, transB=%b) is %s,"
                                            + " expected %s",
                                    i, j, m, n, k, transA, transB, actual, sum));
                }
            }
        }
    }
}

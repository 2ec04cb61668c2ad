package org.jkeras.backend.cpu;

import static org.jkeras.backend.cpu.Fixtures.floats;
import static org.jkeras.backend.cpu.Fixtures.random;
import static org.jkeras.backend.cpu.Fixtures.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatmulTest {

    private final CpuBackend backend = new CpuBackend();

    @Test
    void multipliesTwoSmallMatrices() {
        Tensor a = floats(backend, new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Tensor b = floats(backend, new float[] {7, 8, 9, 10, 11, 12}, 3, 2);

        Tensor product = backend.matmul(a, b, false, false);

        assertArrayEquals(new int[] {2, 2}, product.shape());
        assertArrayEquals(new float[] {58, 64, 139, 154}, values(backend, product));
    }

    @ParameterizedTest
    @CsvSource({
        "3, 4, 5, false, false",
        "3, 4, 5, true, false",
        "3, 4, 5, false, true",
        "3, 4, 5, true, true",
        "70, 90, 110, false, false",
        "70, 90, 110, true, true",
        "1, 300, 257, false, true"
    })
    void matchesATripleLoopForEveryTransposeCombination(
            int m, int n, int k, boolean transposeA, boolean transposeB) {
        float[] a = random(m * k, 11);
        float[] b = random(k * n, 12);
        Tensor left = transposeA ? floats(backend, a, k, m) : floats(backend, a, m, k);
        Tensor right = transposeB ? floats(backend, b, n, k) : floats(backend, b, k, n);

        float[] product = values(backend, backend.matmul(left, right, transposeA, transposeB));

        float[] expected = new float[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    float x = transposeA ? a[p * m + i] : a[i * k + p];
                    float y = transposeB ? b[j * k + p] : b[p * n + j];
                    sum += (double) x * y;
                }
                expected[i * n + j] = (float) sum;
            }
        }
        assertArrayEquals(expected, product, 1e-3f);
    }

    @Test
    void emptyInnerDimensionGivesZeros() {
        Tensor a = floats(backend, new float[0], 2, 0);
        Tensor b = floats(backend, new float[0], 0, 3);

        Tensor product = backend.matmul(a, b, false, false);

        assertArrayEquals(new int[] {2, 3}, product.shape());
        assertArrayEquals(new float[6], values(backend, product));
    }

    @Test
    void mismatchedInnerDimensionsAreRejected() {
        Tensor a = floats(backend, new float[6], 2, 3);
        Tensor b = floats(backend, new float[6], 2, 3);

        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class, () -> backend.matmul(a, b, false, false));

        assertTrue(error.getMessage().endsWith("Received: a [2, 3] and b [2, 3]"));
    }

    @Test
    void rankThreeOperandIsRejected() {
        Tensor a = floats(backend, new float[8], 2, 2, 2);
        Tensor b = floats(backend, new float[4], 2, 2);

        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class, () -> backend.matmul(a, b, false, false));

        assertTrue(error.getMessage().startsWith("matmul: a must have rank 2"));
    }
}

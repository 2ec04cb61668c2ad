package org.jkeras.initializers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;
import org.junit.jupiter.api.Test;

/** The orthogonal and identity initializers. */
class OrthogonalAndIdentityTest {

    /** Returns the Gram matrix of the columns (or rows) of a rows x cols matrix, in double. */
    private static double[][] gram(float[] m, int rows, int cols, boolean ofColumns) {
        int n = ofColumns ? cols : rows;
        int length = ofColumns ? rows : cols;
        double[][] g = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double sum = 0;
                for (int k = 0; k < length; k++) {
                    double x = ofColumns ? m[k * cols + a] : m[a * cols + k];
                    double y = ofColumns ? m[k * cols + b] : m[b * cols + k];
                    sum += x * y;
                }
                g[a][b] = sum;
            }
        }
        return g;
    }

    private static void assertScaledIdentity(double[][] g, double scale) {
        for (int a = 0; a < g.length; a++) {
            for (int b = 0; b < g.length; b++) {
                assertEquals(a == b ? scale : 0, g[a][b], 1e-5, "entry " + a + "," + b);
            }
        }
    }

    @Test
    void orthogonalTallMatrixHasOrthonormalColumns() {
        NDArray matrix =
                Initializers.get("orthogonal").generate(new int[] {20, 8}, new SeededRandom(3));
        float[] q = matrix.toFloatArray();
        assertScaledIdentity(gram(q, 20, 8, true), 1);
    }

    @Test
    void orthogonalWideMatrixHasOrthonormalRows() {
        NDArray matrix =
                Initializers.orthogonal(1).generate(new int[] {5, 12}, new SeededRandom(4));
        float[] q = matrix.toFloatArray();
        assertScaledIdentity(gram(q, 5, 12, false), 1);
    }

    @Test
    void orthogonalSquareMatrixIsOrthogonalBothWays() {
        NDArray matrix =
                Initializers.orthogonal(1).generate(new int[] {10, 10}, new SeededRandom(5));
        float[] q = matrix.toFloatArray();
        assertScaledIdentity(gram(q, 10, 10, true), 1);
        assertScaledIdentity(gram(q, 10, 10, false), 1);
    }

    @Test
    void orthogonalGainScalesTheMatrix() {
        NDArray matrix = Initializers.orthogonal(2).generate(new int[] {6, 4}, new SeededRandom(6));
        float[] q = matrix.toFloatArray();
        assertScaledIdentity(gram(q, 6, 4, true), 4);
    }

    @Test
    void orthogonalFlattensAllButTheLastAxis() {
        NDArray kernel =
                Initializers.orthogonal(1).generate(new int[] {3, 3, 4, 8}, new SeededRandom(7));
        assertArrayEquals(new int[] {3, 3, 4, 8}, kernel.shape());
        assertScaledIdentity(gram(kernel.toFloatArray(), 36, 8, true), 1);
    }

    @Test
    void orthogonalDrawsDependOnTheSeed() {
        Initializer orthogonal = Initializers.orthogonal(1);
        assertEquals(
                orthogonal.generate(new int[] {4, 4}, new SeededRandom(8)),
                orthogonal.generate(new int[] {4, 4}, new SeededRandom(8)));
        assertNotEquals(
                orthogonal.generate(new int[] {4, 4}, new SeededRandom(8)),
                orthogonal.generate(new int[] {4, 4}, new SeededRandom(9)));
    }

    @Test
    void identityIsTheGainTimesTheIdentityMatrix() {
        NDArray eye = Initializers.identity(0.5).generate(new int[] {3, 3}, new SeededRandom(1));
        assertArrayEquals(new float[] {0.5f, 0, 0, 0, 0.5f, 0, 0, 0, 0.5f}, eye.toFloatArray());
    }

    @Test
    void identityByNameHasGainOne() {
        NDArray eye = Initializers.get("identity").generate(new int[] {2, 2}, new SeededRandom(1));
        assertArrayEquals(new float[] {1, 0, 0, 1}, eye.toFloatArray());
    }

    @Test
    void identityRejectsANonSquareShape() {
        Initializer identity = Initializers.identity(1);
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> identity.generate(new int[] {3, 4}, new SeededRandom(1)));
        assertEquals(
                "shape of an identity initializer must be a 2-D square matrix. Received: [3, 4]",
                e.getMessage());
    }

    @Test
    void identityRejectsAShapeOfAnotherRank() {
        Initializer identity = Initializers.identity(1);
        assertThrows(
                IllegalArgumentException.class,
                () -> identity.generate(new int[] {3, 3, 3}, new SeededRandom(1)));
    }
}

package org.jkeras.initializers;

import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;

/**
 * Draws the orthogonal initializer's matrix: the Q factor, with a positive-diagonal R, of a
 * standard normal matrix, which makes Q uniformly distributed over the orthogonal matrices.
 */
final class OrthogonalMatrix {

    private OrthogonalMatrix() {}

    /**
     * Returns {@code gain} times a matrix of {@code rows = product of all axes but the last} by
     * {@code cols = the last axis} with orthonormal columns (or rows, when there are fewer rows),
     * shaped as {@code shape}.
     */
    static NDArray draw(int[] shape, double gain, SeededRandom random) {
        if (shape.length == 0) {
            throw new IllegalArgumentException(
                    "shape of an orthogonal initializer must have at least one dimension."
                            + " Received: []");
        }
        int cols = shape[shape.length - 1];
        int rows = 1;
        for (int i = 0; i < shape.length - 1; i++) {
            rows *= shape[i];
        }
        boolean tall = rows >= cols;
        int length = tall ? rows : cols;
        int count = tall ? cols : rows;
        double[][] vectors = new double[count][length];
        for (int i = 0; i < length; i++) {
            for (int j = 0; j < count; j++) {
                vectors[j][i] = random.nextGaussian();
            }
        }
        orthonormalize(vectors);
        float[] data = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double value = tall ? vectors[c][r] : vectors[r][c];
                data[r * cols + c] = (float) (gain * value);
            }
        }
        return NDArray.of(data, shape.clone());
    }

    /**
     * Gram-Schmidt on the vectors in order, each projection done twice so that float64 rounding
     * leaves them orthogonal to machine precision; dividing by the positive norm is what gives R
     * its positive diagonal.
     */
    private static void orthonormalize(double[][] vectors) {
        for (int j = 0; j < vectors.length; j++) {
            double[] v = vectors[j];
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < j; k++) {
                    double projection = dot(vectors[k], v);
                    for (int i = 0; i < v.length; i++) {
                        v[i] -= projection * vectors[k][i];
                    }
                }
            }
            double norm = Math.sqrt(dot(v, v));
            for (int i = 0; i < v.length; i++) {
                v[i] /= norm;
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}

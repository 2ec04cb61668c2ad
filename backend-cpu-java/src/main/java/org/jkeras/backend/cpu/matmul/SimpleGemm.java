package org.jkeras.backend.cpu.matmul;

import java.util.Arrays;

/** The plain loops for small products, where packing and threads would cost more than they save. */
final class SimpleGemm {

    private SimpleGemm() {}

    static void compute(Problem problem) {
        if (problem.transB) {
            dotProducts(problem);
        } else {
            rowUpdates(problem);
        }
    }

    /** With B row-major, each row of C is a sum of rows of B, a loop the JIT vectorises. */
    private static void rowUpdates(Problem problem) {
        float[] a = problem.a;
        float[] b = problem.b;
        float[] c = problem.c;
        int n = problem.n;
        Arrays.fill(c, 0, problem.m * n, 0f);
        for (int i = 0; i < problem.m; i++) {
            int cRow = i * n;
            for (int p = 0; p < problem.k; p++) {
                float aValue = a[i * problem.aRowStride + p * problem.aColStride];
                int bRow = p * n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += aValue * b[bRow + j];
                }
            }
        }
    }

    /** With B transposed, each element of C is a dot product of two contiguous rows. */
    private static void dotProducts(Problem problem) {
        float[] a = problem.a;
        float[] b = problem.b;
        float[] c = problem.c;
        int k = problem.k;
        for (int i = 0; i < problem.m; i++) {
            for (int j = 0; j < problem.n; j++) {
                int bRow = j * k;
                float sum = 0f;
                for (int p = 0; p < k; p++) {
                    sum += a[i * problem.aRowStride + p * problem.aColStride] * b[bRow + p];
                }
                c[i * problem.n + j] = sum;
            }
        }
    }
}

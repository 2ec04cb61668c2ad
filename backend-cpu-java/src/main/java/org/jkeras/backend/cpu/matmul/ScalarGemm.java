package org.jkeras.backend.cpu.matmul;

import java.util.Arrays;

/**
 * The blocked kernel in plain Java, for JVMs without the vector API. Its inner loop updates four
 * rows of C from three rows of B with {@code Math.fma}; the JIT vectorises that loop only when each
 * row of B and C is an array of its own, so blocks of B and C are copied into row arrays first.
 * Four by three is as far as JDK 17's JIT goes: four by four, six by two and two by four ran four
 * times slower, unvectorised.
 */
final class ScalarGemm {

    /** Rows of C updated together, sharing each load of B. */
    static final int ROWS = 4;

    /** Rows of B folded into each pass over a C row, to cut the loads and stores of C. */
    static final int DEPTH = 3;

    /** Threads split columns in multiples of a 512-bit vector's floats. */
    static final int COLUMN_GRAIN = 16;

    /** Depth of a block of B, a multiple of DEPTH so that the tail loop rarely runs. */
    static final int KC = 64 * DEPTH;

    /** Columns of a block; four rows of C this wide stay in L1. */
    static final int NC = 512;

    /** Each thread's row buffers, allocated by that thread. */
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private ScalarGemm() {}

    static void run(Problem problem, int threads) {
        Partition.run(problem, ROWS, COLUMN_GRAIN, threads, ScalarGemm::compute);
    }

    /** Computes rows {@code [rowStart, rowEnd)} by columns {@code [colStart, colEnd)} of C. */
    private static void compute(
            Problem problem, int rowStart, int rowEnd, int colStart, int colEnd) {
        if (rowStart >= rowEnd || colStart >= colEnd) {
            return;
        }
        Buffers buffers = BUFFERS.get();
        for (int jc = colStart; jc < colEnd; jc += NC) {
            int nc = Math.min(NC, colEnd - jc);
            for (int pc = 0; pc < problem.k; pc += KC) {
                int kc = Math.min(KC, problem.k - pc);
                packB(problem, pc, kc, jc, nc, buffers.b);
                for (int i = rowStart; i < rowEnd; i += ROWS) {
                    int height = Math.min(ROWS, rowEnd - i);
                    packA(problem, i, height, pc, kc, buffers.a);
                    loadC(problem, buffers.c, i, height, jc, nc, pc == 0);
                    updateRows(buffers, kc, nc);
                    storeC(problem, buffers.c, i, height, jc, nc);
                }
            }
        }
    }

    /** Adds the packed A rows times the B block to the four C rows. */
    private static void updateRows(Buffers buffers, int kc, int nc) {
        float[] a = buffers.a;
        float[][] b = buffers.b;
        float[] c0 = buffers.c[0];
        float[] c1 = buffers.c[1];
        float[] c2 = buffers.c[2];
        float[] c3 = buffers.c[3];
        int p = 0;
        for (; p + DEPTH <= kc; p += DEPTH) {
            float[] b0 = b[p];
            float[] b1 = b[p + 1];
            float[] b2 = b[p + 2];
            float a00 = a[p * ROWS];
            float a01 = a[(p + 1) * ROWS];
            float a02 = a[(p + 2) * ROWS];
            float a10 = a[p * ROWS + 1];
            float a11 = a[(p + 1) * ROWS + 1];
            float a12 = a[(p + 2) * ROWS + 1];
            float a20 = a[p * ROWS + 2];
            float a21 = a[(p + 1) * ROWS + 2];
            float a22 = a[(p + 2) * ROWS + 2];
            float a30 = a[p * ROWS + 3];
            float a31 = a[(p + 1) * ROWS + 3];
            float a32 = a[(p + 2) * ROWS + 3];
            for (int j = 0; j < nc; j++) {
                float x0 = b0[j];
                float x1 = b1[j];
                float x2 = b2[j];
                c0[j] = Math.fma(a02, x2, Math.fma(a01, x1, Math.fma(a00, x0, c0[j])));
                c1[j] = Math.fma(a12, x2, Math.fma(a11, x1, Math.fma(a10, x0, c1[j])));
                c2[j] = Math.fma(a22, x2, Math.fma(a21, x1, Math.fma(a20, x0, c2[j])));
                c3[j] = Math.fma(a32, x2, Math.fma(a31, x1, Math.fma(a30, x0, c3[j])));
            }
        }
        for (; p < kc; p++) {
            float[] bRow = b[p];
            float a0 = a[p * ROWS];
            float a1 = a[p * ROWS + 1];
            float a2 = a[p * ROWS + 2];
            float a3 = a[p * ROWS + 3];
            for (int j = 0; j < nc; j++) {
                float x = bRow[j];
                c0[j] = Math.fma(a0, x, c0[j]);
                c1[j] = Math.fma(a1, x, c1[j]);
                c2[j] = Math.fma(a2, x, c2[j]);
                c3[j] = Math.fma(a3, x, c3[j]);
            }
        }
    }

    private static void packB(Problem problem, int pc, int kc, int jc, int nc, float[][] rows) {
        for (int p = 0; p < kc; p++) {
            float[] row = rows[p];
            if (problem.transB) {
                int from = jc * problem.k + pc + p;
                for (int j = 0; j < nc; j++) {
                    row[j] = problem.b[from + j * problem.k];
                }
            } else {
                System.arraycopy(problem.b, (pc + p) * problem.n + jc, row, 0, nc);
            }
        }
    }

    /** Packs A[i, i + height) x [pc, pc + kc) p-major, with rows past the edge zero. */
    private static void packA(Problem problem, int i, int height, int pc, int kc, float[] packed) {
        if (height < ROWS) {
            Arrays.fill(packed, 0f);
        }
        for (int r = 0; r < height; r++) {
            int from = (i + r) * problem.aRowStride + pc * problem.aColStride;
            for (int p = 0; p < kc; p++) {
                packed[p * ROWS + r] = problem.a[from + p * problem.aColStride];
            }
        }
    }

    private static void loadC(
            Problem problem, float[][] rows, int i, int height, int jc, int nc, boolean first) {
        for (int r = 0; r < ROWS; r++) {
            if (first || r >= height) {
                Arrays.fill(rows[r], 0, nc, 0f);
            } else {
                System.arraycopy(problem.c, (i + r) * problem.n + jc, rows[r], 0, nc);
            }
        }
    }

    private static void storeC(Problem problem, float[][] rows, int i, int height, int jc, int nc) {
        for (int r = 0; r < height; r++) {
            System.arraycopy(rows[r], 0, problem.c, (i + r) * problem.n + jc, nc);
        }
    }

    /** One thread's packed A rows, B block rows and C rows. */
    private static final class Buffers {
        final float[] a = new float[KC * ROWS];
        final float[][] b = new float[KC][NC];
        final float[][] c = new float[ROWS][NC];
    }
}

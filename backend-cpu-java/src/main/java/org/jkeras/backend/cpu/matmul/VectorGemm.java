package org.jkeras.backend.cpu.matmul;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The packed, register-blocked kernel on the incubating vector API. This is the only class that
 * names jdk.incubator.vector, and {@link Gemm} loads it only when that module is present.
 *
 * <p>C is computed in blocks: a {@code KC x NC} block of op(B) is packed into panels {@code NR}
 * columns wide, then each {@code MC x KC} block of op(A) into panels {@code MR} rows tall, and a
 * register tile of {@code MR x 2} vectors multiplies one A panel by one B panel. The accumulators
 * start from C as loaded and change only through {@code fma}, which keeps the JIT on its intrinsic
 * path.
 */
final class VectorGemm {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    private static final int LANES = SPECIES.length();

    /** Columns in a register tile: two vectors. */
    static final int NR = 2 * LANES;

    /**
     * Rows in a register tile. With 512-bit vectors, 12 rows take 24 of the 32 vector registers for
     * accumulators and leave two for B, one for A and a few for the JIT; with 256-bit vectors there
     * are only 16 registers, so 6 rows.
     */
    static final int MR = LANES >= 16 ? 12 : 6;

    /** Depth of a block: a B panel of KC x NR stays in L1 while the A panels stream by. */
    static final int KC = 256;

    /** Rows of an A block, packed once per B block and kept in L2. */
    static final int MC = MR * 16;

    /** Columns of a B block. */
    static final int NC = NR * 32;

    /** Each thread's packing buffers, allocated by that thread so they sit in its memory. */
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private VectorGemm() {}

    /** Whether the SIMD width makes this kernel worth running: 256 bits or more. */
    static boolean usable() {
        return LANES >= 8;
    }

    static void run(Problem problem, int threads) {
        Partition.run(problem, MR, NR, threads, VectorGemm::compute);
    }

    /** Computes rows {@code [rowStart, rowEnd)} by columns {@code [colStart, colEnd)} of C. */
    private static void compute(
            Problem problem, int rowStart, int rowEnd, int colStart, int colEnd) {
        if (rowStart >= rowEnd || colStart >= colEnd) {
            return;
        }
        Buffers buffers = BUFFERS.get();
        zero(problem, rowStart, rowEnd, colStart, colEnd);
        for (int jc = colStart; jc < colEnd; jc += NC) {
            int nc = Math.min(NC, colEnd - jc);
            for (int pc = 0; pc < problem.k; pc += KC) {
                int kc = Math.min(KC, problem.k - pc);
                packB(problem, pc, kc, jc, nc, buffers.b);
                for (int ic = rowStart; ic < rowEnd; ic += MC) {
                    int mc = Math.min(MC, rowEnd - ic);
                    packA(problem, ic, mc, pc, kc, buffers.a);
                    multiplyBlock(problem, buffers, ic, mc, jc, nc, kc);
                }
            }
        }
    }

    private static void zero(Problem problem, int rowStart, int rowEnd, int colStart, int colEnd) {
        for (int i = rowStart; i < rowEnd; i++) {
            int row = i * problem.n;
            Arrays.fill(problem.c, row + colStart, row + colEnd, 0f);
        }
    }

    /** Multiplies the packed A block by the packed B block into C, one register tile at a time. */
    private static void multiplyBlock(
            Problem problem, Buffers buffers, int ic, int mc, int jc, int nc, int kc) {
        float[] c = problem.c;
        int n = problem.n;
        for (int jr = 0; jr < nc; jr += NR) {
            int width = Math.min(NR, nc - jr);
            int bOffset = jr * kc;
            for (int ir = 0; ir < mc; ir += MR) {
                int height = Math.min(MR, mc - ir);
                int aOffset = ir * kc;
                int cOffset = (ic + ir) * n + jc + jr;
                if (width == NR && height == MR) {
                    tile(buffers.a, aOffset, buffers.b, bOffset, kc, c, cOffset, n);
                } else {
                    edgeTile(buffers, aOffset, bOffset, kc, c, cOffset, n, height, width);
                }
            }
        }
    }

    /** A tile cut by the edge of C runs on a full-size scratch tile, then copies back its part. */
    private static void edgeTile(
            Buffers buffers,
            int aOffset,
            int bOffset,
            int kc,
            float[] c,
            int cOffset,
            int ldc,
            int height,
            int width) {
        float[] scratch = buffers.tile;
        Arrays.fill(scratch, 0f);
        for (int r = 0; r < height; r++) {
            System.arraycopy(c, cOffset + r * ldc, scratch, r * NR, width);
        }
        tile(buffers.a, aOffset, buffers.b, bOffset, kc, scratch, 0, NR);
        for (int r = 0; r < height; r++) {
            System.arraycopy(scratch, r * NR, c, cOffset + r * ldc, width);
        }
    }

    private static void tile(
            float[] ap,
            int aOffset,
            float[] bp,
            int bOffset,
            int kc,
            float[] c,
            int cOffset,
            int ldc) {
        if (MR == 12) {
            kernel12(ap, aOffset, bp, bOffset, kc, c, cOffset, ldc);
        } else {
            kernel6(ap, aOffset, bp, bOffset, kc, c, cOffset, ldc);
        }
    }

    /**
     * Packs op(B)[pc, pc + kc) x [jc, jc + nc) into panels NR columns wide, each stored p-major so
     * the kernel reads one row of a panel as two vectors; columns past the edge are zero.
     */
    private static void packB(Problem problem, int pc, int kc, int jc, int nc, float[] packed) {
        for (int jr = 0; jr < nc; jr += NR) {
            int width = Math.min(NR, nc - jr);
            int base = jr * kc;
            if (problem.transB) {
                packTransposedPanel(
                        problem.b,
                        (jc + jr) * problem.k + pc,
                        problem.k,
                        kc,
                        width,
                        packed,
                        base,
                        NR);
            } else {
                packRowsPanel(
                        problem.b,
                        pc * problem.n + jc + jr,
                        problem.n,
                        kc,
                        width,
                        packed,
                        base,
                        NR);
            }
        }
    }

    /**
     * Packs op(A)[ic, ic + mc) x [pc, pc + kc) into panels MR rows tall, each stored p-major so the
     * kernel reads one column of a panel as MR scalars; rows past the edge are zero.
     */
    private static void packA(Problem problem, int ic, int mc, int pc, int kc, float[] packed) {
        for (int ir = 0; ir < mc; ir += MR) {
            int height = Math.min(MR, mc - ir);
            int base = ir * kc;
            if (problem.transA) {
                packRowsPanel(
                        problem.a,
                        pc * problem.m + ic + ir,
                        problem.m,
                        kc,
                        height,
                        packed,
                        base,
                        MR);
            } else {
                packTransposedPanel(
                        problem.a,
                        (ic + ir) * problem.k + pc,
                        problem.k,
                        kc,
                        height,
                        packed,
                        base,
                        MR);
            }
        }
    }

    /** Packs {@code kc} source rows of {@code width} contiguous floats, {@code stride} apart. */
    private static void packRowsPanel(
            float[] source,
            int start,
            int stride,
            int kc,
            int width,
            float[] packed,
            int base,
            int panelWidth) {
        for (int p = 0; p < kc; p++) {
            int to = base + p * panelWidth;
            System.arraycopy(source, start + p * stride, packed, to, width);
            if (width < panelWidth) {
                Arrays.fill(packed, to + width, to + panelWidth, 0f);
            }
        }
    }

    /**
     * Packs {@code width} source rows of {@code kc} contiguous floats, {@code stride} apart, as
     * columns.
     */
    private static void packTransposedPanel(
            float[] source,
            int start,
            int stride,
            int kc,
            int width,
            float[] packed,
            int base,
            int panelWidth) {
        for (int col = 0; col < width; col++) {
            int from = start + col * stride;
            for (int p = 0; p < kc; p++) {
                packed[base + p * panelWidth + col] = source[from + p];
            }
        }
        for (int col = width; col < panelWidth; col++) {
            for (int p = 0; p < kc; p++) {
                packed[base + p * panelWidth + col] = 0f;
            }
        }
    }

    /** One thread's packed A block, packed B block and edge tile. */
    private static final class Buffers {
        final float[] a = new float[MC * KC];
        final float[] b = new float[NC * KC];
        final float[] tile = new float[MR * NR];
    }

    /** The 12x2-vector register tile: C[0..12) x [0..2 lanes) += A panel * B panel. */
    private static void kernel12(
            float[] ap,
            int aOffset,
            float[] bp,
            int bOffset,
            int kc,
            float[] c,
            int cOffset,
            int ldc) {
        int row0 = cOffset + 0 * ldc;
        int row1 = cOffset + 1 * ldc;
        int row2 = cOffset + 2 * ldc;
        int row3 = cOffset + 3 * ldc;
        int row4 = cOffset + 4 * ldc;
        int row5 = cOffset + 5 * ldc;
        int row6 = cOffset + 6 * ldc;
        int row7 = cOffset + 7 * ldc;
        int row8 = cOffset + 8 * ldc;
        int row9 = cOffset + 9 * ldc;
        int row10 = cOffset + 10 * ldc;
        int row11 = cOffset + 11 * ldc;
        FloatVector c0a = FloatVector.fromArray(SPECIES, c, row0);
        FloatVector c0b = FloatVector.fromArray(SPECIES, c, row0 + LANES);
        FloatVector c1a = FloatVector.fromArray(SPECIES, c, row1);
        FloatVector c1b = FloatVector.fromArray(SPECIES, c, row1 + LANES);
        FloatVector c2a = FloatVector.fromArray(SPECIES, c, row2);
        FloatVector c2b = FloatVector.fromArray(SPECIES, c, row2 + LANES);
        FloatVector c3a = FloatVector.fromArray(SPECIES, c, row3);
        FloatVector c3b = FloatVector.fromArray(SPECIES, c, row3 + LANES);
        FloatVector c4a = FloatVector.fromArray(SPECIES, c, row4);
        FloatVector c4b = FloatVector.fromArray(SPECIES, c, row4 + LANES);
        FloatVector c5a = FloatVector.fromArray(SPECIES, c, row5);
        FloatVector c5b = FloatVector.fromArray(SPECIES, c, row5 + LANES);
        FloatVector c6a = FloatVector.fromArray(SPECIES, c, row6);
        FloatVector c6b = FloatVector.fromArray(SPECIES, c, row6 + LANES);
        FloatVector c7a = FloatVector.fromArray(SPECIES, c, row7);
        FloatVector c7b = FloatVector.fromArray(SPECIES, c, row7 + LANES);
        FloatVector c8a = FloatVector.fromArray(SPECIES, c, row8);
        FloatVector c8b = FloatVector.fromArray(SPECIES, c, row8 + LANES);
        FloatVector c9a = FloatVector.fromArray(SPECIES, c, row9);
        FloatVector c9b = FloatVector.fromArray(SPECIES, c, row9 + LANES);
        FloatVector c10a = FloatVector.fromArray(SPECIES, c, row10);
        FloatVector c10b = FloatVector.fromArray(SPECIES, c, row10 + LANES);
        FloatVector c11a = FloatVector.fromArray(SPECIES, c, row11);
        FloatVector c11b = FloatVector.fromArray(SPECIES, c, row11 + LANES);
        int ai = aOffset;
        int bi = bOffset;
        for (int p = 0; p < kc; p++) {
            FloatVector b0 = FloatVector.fromArray(SPECIES, bp, bi);
            FloatVector b1 = FloatVector.fromArray(SPECIES, bp, bi + LANES);
            FloatVector av;
            av = FloatVector.broadcast(SPECIES, ap[ai + 0]);
            c0a = av.fma(b0, c0a);
            c0b = av.fma(b1, c0b);
            av = FloatVector.broadcast(SPECIES, ap[ai + 1]);
            c1a = av.fma(b0, c1a);
            c1b = av.fma(b1, c1b);
            av = FloatVector.broadcast(SPECIES, ap[ai + 2]);
            c2a = av.fma(b0, c2a);
            c2b = av.fma(b1, c2b);
            av = FloatVector.broadcast(SPECIES, ap[ai + 3]);
            c3a = av.fma(b0, c3a);
            c3b = av.fma(b1, c3b);
            av = FloatVector.broadcast(SPECIES, ap[ai + 4]);
            c4a = av.fma(b0, c4a);
            c4b = av.fma(b1, c4b);
            av = FloatVector.broadcast(SPECIES, ap[ai + 5]);
            c5a = av.fma(b0, c5a);
            c5b = av.fma(b1, c5b);
            av = FloatVector.broadcast(SPECIES, ap[ai + 6]);
            c6a = av.fma(b0, c6a);
            c6b = av.fma(b1, c6b);
            av = FloatVector.broadcast(SPECIES, ap[ai + 7]);
            c7a = av.fma(b0, c7a);
            c7b = av.fma(b1, c7b);
            av = FloatVector.broadcast(SPECIES, ap[ai + 8]);
            c8a = av.fma(b0, c8a);
            c8b = av.fma(b1, c8b);
            av = FloatVector.broadcast(SPECIES, ap[ai + 9]);
            c9a = av.fma(b0, c9a);
            c9b = av.fma(b1, c9b);
            av = FloatVector.broadcast(SPECIES, ap[ai + 10]);
            c10a = av.fma(b0, c10a);
            c10b = av.fma(b1, c10b);
            av = FloatVector.broadcast(SPECIES, ap[ai + 11]);
            c11a = av.fma(b0, c11a);
            c11b = av.fma(b1, c11b);
            ai += 12;
            bi += NR;
        }
        c0a.intoArray(c, row0);
        c0b.intoArray(c, row0 + LANES);
        c1a.intoArray(c, row1);
        c1b.intoArray(c, row1 + LANES);
        c2a.intoArray(c, row2);
        c2b.intoArray(c, row2 + LANES);
        c3a.intoArray(c, row3);
        c3b.intoArray(c, row3 + LANES);
        c4a.intoArray(c, row4);
        c4b.intoArray(c, row4 + LANES);
        c5a.intoArray(c, row5);
        c5b.intoArray(c, row5 + LANES);
        c6a.intoArray(c, row6);
        c6b.intoArray(c, row6 + LANES);
        c7a.intoArray(c, row7);
        c7b.intoArray(c, row7 + LANES);
        c8a.intoArray(c, row8);
        c8b.intoArray(c, row8 + LANES);
        c9a.intoArray(c, row9);
        c9b.intoArray(c, row9 + LANES);
        c10a.intoArray(c, row10);
        c10b.intoArray(c, row10 + LANES);
        c11a.intoArray(c, row11);
        c11b.intoArray(c, row11 + LANES);
    }

    /** The 6x2-vector register tile: C[0..6) x [0..2 lanes) += A panel * B panel. */
    private static void kernel6(
            float[] ap,
            int aOffset,
            float[] bp,
            int bOffset,
            int kc,
            float[] c,
            int cOffset,
            int ldc) {
        int row0 = cOffset + 0 * ldc;
        int row1 = cOffset + 1 * ldc;
        int row2 = cOffset + 2 * ldc;
        int row3 = cOffset + 3 * ldc;
        int row4 = cOffset + 4 * ldc;
        int row5 = cOffset + 5 * ldc;
        FloatVector c0a = FloatVector.fromArray(SPECIES, c, row0);
        FloatVector c0b = FloatVector.fromArray(SPECIES, c, row0 + LANES);
        FloatVector c1a = FloatVector.fromArray(SPECIES, c, row1);
        FloatVector c1b = FloatVector.fromArray(SPECIES, c, row1 + LANES);
        FloatVector c2a = FloatVector.fromArray(SPECIES, c, row2);
        FloatVector c2b = FloatVector.fromArray(SPECIES, c, row2 + LANES);
        FloatVector c3a = FloatVector.fromArray(SPECIES, c, row3);
        FloatVector c3b = FloatVector.fromArray(SPECIES, c, row3 + LANES);
        FloatVector c4a = FloatVector.fromArray(SPECIES, c, row4);
        FloatVector c4b = FloatVector.fromArray(SPECIES, c, row4 + LANES);
        FloatVector c5a = FloatVector.fromArray(SPECIES, c, row5);
        FloatVector c5b = FloatVector.fromArray(SPECIES, c, row5 + LANES);
        int ai = aOffset;
        int bi = bOffset;
        for (int p = 0; p < kc; p++) {
            FloatVector b0 = FloatVector.fromArray(SPECIES, bp, bi);
            FloatVector b1 = FloatVector.fromArray(SPECIES, bp, bi + LANES);
            FloatVector av;
            av = FloatVector.broadcast(SPECIES, ap[ai + 0]);
            c0a = av.fma(b0, c0a);
            c0b = av.fma(b1, c0b);
            av = FloatVector.broadcast(SPECIES, ap[ai + 1]);
            c1a = av.fma(b0, c1a);
            c1b = av.fma(b1, c1b);
            av = FloatVector.broadcast(SPECIES, ap[ai + 2]);
            c2a = av.fma(b0, c2a);
            c2b = av.fma(b1, c2b);
            av = FloatVector.broadcast(SPECIES, ap[ai + 3]);
            c3a = av.fma(b0, c3a);
            c3b = av.fma(b1, c3b);
            av = FloatVector.broadcast(SPECIES, ap[ai + 4]);
            c4a = av.fma(b0, c4a);
            c4b = av.fma(b1, c4b);
            av = FloatVector.broadcast(SPECIES, ap[ai + 5]);
            c5a = av.fma(b0, c5a);
            c5b = av.fma(b1, c5b);
            ai += 6;
            bi += NR;
        }
        c0a.intoArray(c, row0);
        c0b.intoArray(c, row0 + LANES);
        c1a.intoArray(c, row1);
        c1b.intoArray(c, row1 + LANES);
        c2a.intoArray(c, row2);
        c2b.intoArray(c, row2 + LANES);
        c3a.intoArray(c, row3);
        c3b.intoArray(c, row3 + LANES);
        c4a.intoArray(c, row4);
        c4b.intoArray(c, row4 + LANES);
        c5a.intoArray(c, row5);
        c5b.intoArray(c, row5 + LANES);
    }
}

package org.jkeras.backend.cpu.matmul;

/**
 * One product {@code C = op(A) * op(B)}: the arrays, sizes and transposes, with the strides that
 * let the kernels read {@code op(A)} and {@code op(B)} the same way whichever layout they have.
 */
final class Problem {

    final float[] a;
    final float[] b;
    final float[] c;
    final int m;
    final int n;
    final int k;
    final boolean transA;
    final boolean transB;

    /** Distance in {@code a} between A(i, p) and A(i + 1, p). */
    final int aRowStride;

    /** Distance in {@code a} between A(i, p) and A(i, p + 1). */
    final int aColStride;

    /** Distance in {@code b} between B(p, j) and B(p + 1, j). */
    final int bRowStride;

    /** Distance in {@code b} between B(p, j) and B(p, j + 1). */
    final int bColStride;

    Problem(float[] a, float[] b, float[] c, int m, int n, int k, boolean transA, boolean transB) {
        this.a = a;
        this.b = b;
        this.c = c;
        this.m = m;
        this.n = n;
        this.k = k;
        this.transA = transA;
        this.transB = transB;
        this.aRowStride = transA ? 1 : k;
        this.aColStride = transA ? m : 1;
        this.bRowStride = transB ? 1 : n;
        this.bColStride = transB ? k : 1;
    }
}

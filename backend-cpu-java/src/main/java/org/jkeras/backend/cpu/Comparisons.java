package org.jkeras.backend.cpu;

import org.jkeras.spi.CompareOp;

/**
 * The loops behind {@code compare}: a 1/0 float mask of {@code op(a, b)}, one row at a time.
 *
 * <p>The mask is chosen as the bits of 1f or 0f by an int select rather than by a float ternary:
 * the JIT compiles the int select to a conditional move, where the float one becomes a branch that
 * mispredicts on about half the elements of data such as pre-activations (ReLU's gradient mask),
 * which made the op ten times slower than an element-wise multiply.
 */
final class Comparisons {

    private static final int ONE = Float.floatToRawIntBits(1f);

    private Comparisons() {}

    /**
     * Writes the mask of {@code op(a, b)} for one row of {@code n} float elements: operands are
     * read at {@code offset + i * stride}, the mask written contiguously from {@code outOffset}.
     */
    static void row(
            CompareOp op,
            float[] a,
            int aOffset,
            int aStride,
            float[] b,
            int bOffset,
            int bStride,
            float[] out,
            int outOffset,
            int n) {
        if (aStride == 1 && bStride == 0) {
            scalarRight(op, a, aOffset, b[bOffset], out, outOffset, n);
            return;
        }
        int o = outOffset;
        switch (op) {
            case EQUAL -> {
                for (int i = 0, p = aOffset, q = bOffset; i < n; i++, p += aStride, q += bStride) {
                    out[o + i] = mask(a[p] == b[q] ? ONE : 0);
                }
            }
            case NOT_EQUAL -> {
                for (int i = 0, p = aOffset, q = bOffset; i < n; i++, p += aStride, q += bStride) {
                    out[o + i] = mask(a[p] != b[q] ? ONE : 0);
                }
            }
            case LESS -> {
                for (int i = 0, p = aOffset, q = bOffset; i < n; i++, p += aStride, q += bStride) {
                    out[o + i] = mask(a[p] < b[q] ? ONE : 0);
                }
            }
            case LESS_EQUAL -> {
                for (int i = 0, p = aOffset, q = bOffset; i < n; i++, p += aStride, q += bStride) {
                    out[o + i] = mask(a[p] <= b[q] ? ONE : 0);
                }
            }
            case GREATER -> {
                for (int i = 0, p = aOffset, q = bOffset; i < n; i++, p += aStride, q += bStride) {
                    out[o + i] = mask(a[p] > b[q] ? ONE : 0);
                }
            }
            case GREATER_EQUAL -> {
                for (int i = 0, p = aOffset, q = bOffset; i < n; i++, p += aStride, q += bStride) {
                    out[o + i] = mask(a[p] >= b[q] ? ONE : 0);
                }
            }
        }
    }

    /** Writes the mask of {@code op(a, b)} for one row of int elements, strided as {@link #row}. */
    static void row(
            CompareOp op,
            int[] a,
            int aOffset,
            int aStride,
            int[] b,
            int bOffset,
            int bStride,
            float[] out,
            int outOffset,
            int n) {
        int o = outOffset;
        switch (op) {
            case EQUAL -> {
                for (int i = 0, p = aOffset, q = bOffset; i < n; i++, p += aStride, q += bStride) {
                    out[o + i] = mask(a[p] == b[q] ? ONE : 0);
                }
            }
            case NOT_EQUAL -> {
                for (int i = 0, p = aOffset, q = bOffset; i < n; i++, p += aStride, q += bStride) {
                    out[o + i] = mask(a[p] != b[q] ? ONE : 0);
                }
            }
            case LESS -> {
                for (int i = 0, p = aOffset, q = bOffset; i < n; i++, p += aStride, q += bStride) {
                    out[o + i] = mask(a[p] < b[q] ? ONE : 0);
                }
            }
            case LESS_EQUAL -> {
                for (int i = 0, p = aOffset, q = bOffset; i < n; i++, p += aStride, q += bStride) {
                    out[o + i] = mask(a[p] <= b[q] ? ONE : 0);
                }
            }
            case GREATER -> {
                for (int i = 0, p = aOffset, q = bOffset; i < n; i++, p += aStride, q += bStride) {
                    out[o + i] = mask(a[p] > b[q] ? ONE : 0);
                }
            }
            case GREATER_EQUAL -> {
                for (int i = 0, p = aOffset, q = bOffset; i < n; i++, p += aStride, q += bStride) {
                    out[o + i] = mask(a[p] >= b[q] ? ONE : 0);
                }
            }
        }
    }

    /** The contiguous-against-a-scalar case, such as ReLU's {@code x > 0}, without the multiply. */
    private static void scalarRight(
            CompareOp op, float[] a, int aOffset, float y, float[] out, int o, int n) {
        switch (op) {
            case EQUAL -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = mask(a[aOffset + i] == y ? ONE : 0);
                }
            }
            case NOT_EQUAL -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = mask(a[aOffset + i] != y ? ONE : 0);
                }
            }
            case LESS -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = mask(a[aOffset + i] < y ? ONE : 0);
                }
            }
            case LESS_EQUAL -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = mask(a[aOffset + i] <= y ? ONE : 0);
                }
            }
            case GREATER -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = mask(a[aOffset + i] > y ? ONE : 0);
                }
            }
            case GREATER_EQUAL -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = mask(a[aOffset + i] >= y ? ONE : 0);
                }
            }
        }
    }

    private static float mask(int bits) {
        return Float.intBitsToFloat(bits);
    }
}

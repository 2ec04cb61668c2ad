package org.jkeras.backend.cpu;

import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.UnaryOp;

/**
 * The loops behind the element-wise ops. Each picks its operation once per run rather than once per
 * element, so the inner loops stay simple enough for the JIT to unroll.
 */
final class Elementwise {

    private Elementwise() {}

    /** Writes {@code op(x[i])} to {@code out[i]} for i in {@code [from, to)}. */
    static void unary(UnaryOp op, float[] x, float[] out, int from, int to) {
        switch (op) {
            case NEG -> {
                for (int i = from; i < to; i++) {
                    out[i] = -x[i];
                }
            }
            case ABS -> {
                for (int i = from; i < to; i++) {
                    out[i] = Math.abs(x[i]);
                }
            }
            case SIGN -> {
                for (int i = from; i < to; i++) {
                    out[i] = Math.signum(x[i]);
                }
            }
            case SQUARE -> {
                for (int i = from; i < to; i++) {
                    out[i] = x[i] * x[i];
                }
            }
            case SQRT -> {
                for (int i = from; i < to; i++) {
                    out[i] = (float) Math.sqrt(x[i]);
                }
            }
            case EXP -> {
                for (int i = from; i < to; i++) {
                    out[i] = (float) Math.exp(x[i]);
                }
            }
            case EXPM1 -> {
                for (int i = from; i < to; i++) {
                    out[i] = (float) Math.expm1(x[i]);
                }
            }
            case LOG -> {
                for (int i = from; i < to; i++) {
                    out[i] = (float) Math.log(x[i]);
                }
            }
            case LOG1P -> {
                for (int i = from; i < to; i++) {
                    out[i] = (float) Math.log1p(x[i]);
                }
            }
            case TANH -> {
                for (int i = from; i < to; i++) {
                    out[i] = (float) Math.tanh(x[i]);
                }
            }
            case SIGMOID -> {
                for (int i = from; i < to; i++) {
                    out[i] = (float) (1.0 / (1.0 + Math.exp(-(double) x[i])));
                }
            }
            case RELU -> {
                for (int i = from; i < to; i++) {
                    out[i] = Math.max(x[i], 0f);
                }
            }
            case RECIPROCAL -> {
                for (int i = from; i < to; i++) {
                    out[i] = 1f / x[i];
                }
            }
            case FLOOR -> {
                for (int i = from; i < to; i++) {
                    out[i] = (float) Math.floor(x[i]);
                }
            }
            case CEIL -> {
                for (int i = from; i < to; i++) {
                    out[i] = (float) Math.ceil(x[i]);
                }
            }
            case ROUND -> {
                for (int i = from; i < to; i++) {
                    out[i] = (float) Math.rint(x[i]);
                }
            }
        }
    }

    /**
     * Writes {@code op(a, b)} for one row of {@code n} elements: operand elements are read at
     * {@code offset + i * stride}, results written contiguously from {@code outOffset}. The common
     * stride patterns get loops without the stride multiply, which the JIT can vectorize.
     */
    static void binaryRow(
            BinaryOp op,
            float[] a,
            int aOffset,
            int aStride,
            float[] b,
            int bOffset,
            int bStride,
            float[] out,
            int outOffset,
            int n) {
        if (aStride == 1 && bStride == 1) {
            binaryContiguous(op, a, aOffset, b, bOffset, out, outOffset, n);
        } else if (aStride == 1 && bStride == 0) {
            binaryScalarRight(op, a, aOffset, b[bOffset], out, outOffset, n);
        } else if (aStride == 0 && bStride == 1) {
            binaryScalarLeft(op, a[aOffset], b, bOffset, out, outOffset, n);
        } else {
            binaryStrided(op, a, aOffset, aStride, b, bOffset, bStride, out, outOffset, n);
        }
    }

    private static void binaryContiguous(
            BinaryOp op,
            float[] a,
            int aOffset,
            float[] b,
            int bOffset,
            float[] out,
            int o,
            int n) {
        switch (op) {
            case ADD -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = a[aOffset + i] + b[bOffset + i];
                }
            }
            case SUB -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = a[aOffset + i] - b[bOffset + i];
                }
            }
            case MUL -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = a[aOffset + i] * b[bOffset + i];
                }
            }
            case DIV -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = a[aOffset + i] / b[bOffset + i];
                }
            }
            case POW -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = (float) Math.pow(a[aOffset + i], b[bOffset + i]);
                }
            }
            case MAXIMUM -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = Math.max(a[aOffset + i], b[bOffset + i]);
                }
            }
            case MINIMUM -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = Math.min(a[aOffset + i], b[bOffset + i]);
                }
            }
        }
    }

    private static void binaryScalarRight(
            BinaryOp op, float[] a, int aOffset, float y, float[] out, int o, int n) {
        switch (op) {
            case ADD -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = a[aOffset + i] + y;
                }
            }
            case SUB -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = a[aOffset + i] - y;
                }
            }
            case MUL -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = a[aOffset + i] * y;
                }
            }
            case DIV -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = a[aOffset + i] / y;
                }
            }
            case POW -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = (float) Math.pow(a[aOffset + i], y);
                }
            }
            case MAXIMUM -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = Math.max(a[aOffset + i], y);
                }
            }
            case MINIMUM -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = Math.min(a[aOffset + i], y);
                }
            }
        }
    }

    private static void binaryScalarLeft(
            BinaryOp op, float x, float[] b, int bOffset, float[] out, int o, int n) {
        switch (op) {
            case ADD -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = x + b[bOffset + i];
                }
            }
            case SUB -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = x - b[bOffset + i];
                }
            }
            case MUL -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = x * b[bOffset + i];
                }
            }
            case DIV -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = x / b[bOffset + i];
                }
            }
            case POW -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = (float) Math.pow(x, b[bOffset + i]);
                }
            }
            case MAXIMUM -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = Math.max(x, b[bOffset + i]);
                }
            }
            case MINIMUM -> {
                for (int i = 0; i < n; i++) {
                    out[o + i] = Math.min(x, b[bOffset + i]);
                }
            }
        }
    }

    private static void binaryStrided(
            BinaryOp op,
            float[] a,
            int aOffset,
            int aStride,
            float[] b,
            int bOffset,
            int bStride,
            float[] out,
            int o,
            int n) {
        for (int i = 0; i < n; i++) {
            float x = a[aOffset + i * aStride];
            float y = b[bOffset + i * bStride];
            out[o + i] =
                    switch (op) {
                        case ADD -> x + y;
                        case SUB -> x - y;
                        case MUL -> x * y;
                        case DIV -> x / y;
                        case POW -> (float) Math.pow(x, y);
                        case MAXIMUM -> Math.max(x, y);
                        case MINIMUM -> Math.min(x, y);
                    };
        }
    }
}

package org.jkeras.backend.cpu;

import java.util.Arrays;
import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.ReduceOp;

/**
 * The loops behind {@code reduce} and {@code argMax}. Sums accumulate in double, so that a long
 * reduction loses no more than one float32 rounding at the end.
 */
final class Reductions {

    /** Elements per partial result when one reduction is split across threads. */
    private static final int PARTIAL_CHUNK = 1 << 14;

    private Reductions() {}

    /**
     * Reduces {@code x} of the given shape over {@code axes}, which must be normalized, sorted and
     * distinct; returns the kept elements in row-major order.
     */
    static float[] reduce(ReduceOp op, float[] x, int[] shape, int[] axes) {
        boolean[] reduced = new boolean[shape.length];
        for (int axis : axes) {
            reduced[axis] = true;
        }
        long count = 1;
        int outSize = 1;
        for (int d = 0; d < shape.length; d++) {
            if (reduced[d]) {
                count *= shape[d];
            } else {
                outSize *= shape[d];
            }
        }
        float[] out = new float[outSize];
        if (isSuffix(reduced, axes.length)) {
            reduceBlocks(op, x, (int) count, out);
        } else {
            reduceStrided(op, x, shape, reduced, count, out);
        }
        return out;
    }

    private static boolean isSuffix(boolean[] reduced, int reducedCount) {
        for (int d = reduced.length - reducedCount; d < reduced.length; d++) {
            if (!reduced[d]) {
                return false;
            }
        }
        return true;
    }

    /** Reduces when each output element owns one contiguous block of {@code block} inputs. */
    private static void reduceBlocks(ReduceOp op, float[] x, int block, float[] out) {
        if (out.length == 1 && block > PARTIAL_CHUNK) {
            out[0] = finish(op, reduceInChunks(op, x, block), block);
            return;
        }
        Parallel.forRange(
                out.length,
                block,
                (from, to) -> {
                    for (int o = from; o < to; o++) {
                        out[o] = finish(op, reduceRange(op, x, o * block, block), block);
                    }
                });
    }

    /** Reduces {@code x[0, n)} as fixed-size chunks, so the result does not depend on threads. */
    private static double reduceInChunks(ReduceOp op, float[] x, int n) {
        int chunks = (n + PARTIAL_CHUNK - 1) / PARTIAL_CHUNK;
        double[] partials = new double[chunks];
        Parallel.forRange(
                chunks,
                PARTIAL_CHUNK,
                (from, to) -> {
                    for (int c = from; c < to; c++) {
                        int start = c * PARTIAL_CHUNK;
                        partials[c] = reduceRange(op, x, start, Math.min(PARTIAL_CHUNK, n - start));
                    }
                });
        double result = identity(op);
        for (double partial : partials) {
            result = combine(op, result, partial);
        }
        return result;
    }

    private static double reduceRange(ReduceOp op, float[] x, int from, int n) {
        int to = from + n;
        switch (op) {
            case SUM, MEAN -> {
                double sum = 0;
                for (int i = from; i < to; i++) {
                    sum += x[i];
                }
                return sum;
            }
            case MAX -> {
                double max = Double.NEGATIVE_INFINITY;
                for (int i = from; i < to; i++) {
                    max = Math.max(max, x[i]);
                }
                return max;
            }
            case MIN -> {
                double min = Double.POSITIVE_INFINITY;
                for (int i = from; i < to; i++) {
                    min = Math.min(min, x[i]);
                }
                return min;
            }
            default -> throw new AssertionError(op);
        }
    }

    /** Reduces arbitrary axes by walking the input in order and accumulating into the output. */
    private static void reduceStrided(
            ReduceOp op, float[] x, int[] shape, boolean[] reduced, long count, float[] out) {
        int[] keptShape = new int[shape.length];
        for (int d = 0; d < shape.length; d++) {
            keptShape[d] = reduced[d] ? 1 : shape[d];
        }
        int[] accStrides = Shapes.strides(keptShape);
        for (int d = 0; d < shape.length; d++) {
            if (reduced[d]) {
                accStrides[d] = 0;
            }
        }
        double[] acc = new double[out.length];
        Arrays.fill(acc, identity(op));

        StridedLoop loop = StridedLoop.of(shape, Shapes.strides(shape), accStrides);
        int n = loop.inner();
        int xStride = loop.innerStride(0);
        int accStride = loop.innerStride(1);
        StridedLoop.Cursor cursor = loop.cursor(0);
        for (int row = 0; row < loop.rows(); row++) {
            int xOffset = cursor.offset(0);
            int accOffset = cursor.offset(1);
            if (accStride == 0) {
                acc[accOffset] = combine(op, acc[accOffset], reduceRun(op, x, xOffset, xStride, n));
            } else {
                accumulateRun(op, acc, accOffset, accStride, x, xOffset, xStride, n);
            }
            cursor.next();
        }
        for (int o = 0; o < out.length; o++) {
            out[o] = finish(op, acc[o], count);
        }
    }

    /** Reduces one strided run of {@code x} to a single value. */
    private static double reduceRun(ReduceOp op, float[] x, int offset, int stride, int n) {
        double result = identity(op);
        for (int i = 0; i < n; i++) {
            result = combine(op, result, x[offset + i * stride]);
        }
        return result;
    }

    /** Folds one strided run of {@code x} element by element into a run of accumulators. */
    private static void accumulateRun(
            ReduceOp op,
            double[] acc,
            int accOffset,
            int accStride,
            float[] x,
            int xOffset,
            int xStride,
            int n) {
        if ((op == ReduceOp.SUM || op == ReduceOp.MEAN) && accStride == 1 && xStride == 1) {
            // Without the stride multiplies the JIT vectorizes the loop, as for a bias gradient's
            // sum over the batch; each accumulator still adds its elements in the same order.
            for (int i = 0; i < n; i++) {
                acc[accOffset + i] += x[xOffset + i];
            }
            return;
        }
        if (op == ReduceOp.SUM || op == ReduceOp.MEAN) {
            for (int i = 0; i < n; i++) {
                acc[accOffset + i * accStride] += x[xOffset + i * xStride];
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            int a = accOffset + i * accStride;
            acc[a] = combine(op, acc[a], x[xOffset + i * xStride]);
        }
    }

    private static double identity(ReduceOp op) {
        return switch (op) {
            case SUM, MEAN -> 0;
            case MAX -> Double.NEGATIVE_INFINITY;
            case MIN -> Double.POSITIVE_INFINITY;
        };
    }

    private static double combine(ReduceOp op, double acc, double value) {
        return switch (op) {
            case SUM, MEAN -> acc + value;
            case MAX -> Math.max(acc, value);
            case MIN -> Math.min(acc, value);
        };
    }

    private static float finish(ReduceOp op, double acc, long count) {
        return op == ReduceOp.MEAN ? (float) (acc / count) : (float) acc;
    }

    /**
     * Returns, for a tensor viewed as {@code [outer, n, inner]}, the index along the middle axis of
     * the largest element of each {@code (outer, inner)} line: the first wins ties and the first
     * NaN beats everything.
     */
    static int[] argMax(float[] x, int outer, int n, int inner) {
        int[] out = new int[outer * inner];
        Parallel.forRange(
                outer,
                (long) n * inner,
                (from, to) -> {
                    for (int o = from; o < to; o++) {
                        for (int j = 0; j < inner; j++) {
                            out[o * inner + j] = argMaxLine(x, o * n * inner + j, n, inner);
                        }
                    }
                });
        return out;
    }

    private static int argMaxLine(float[] x, int start, int n, int stride) {
        float best = x[start];
        if (best != best) {
            return 0;
        }
        int index = 0;
        for (int k = 1; k < n; k++) {
            float value = x[start + k * stride];
            if (value != value) {
                return k;
            }
            if (value > best) {
                best = value;
                index = k;
            }
        }
        return index;
    }

    /** Int32 counterpart of {@link #argMax(float[], int, int, int)}. */
    static int[] argMax(int[] x, int outer, int n, int inner) {
        int[] out = new int[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                int start = o * n * inner + j;
                int best = x[start];
                int index = 0;
                for (int k = 1; k < n; k++) {
                    int value = x[start + k * inner];
                    if (value > best) {
                        best = value;
                        index = k;
                    }
                }
                out[o * inner + j] = index;
            }
        }
        return out;
    }
}

package org.jkeras.backend.cpu;

import org.jkeras.ndarray.Shapes;

/**
 * Walks a row-major iteration shape one row (innermost run) at a time while tracking an offset into
 * each of several strided operands. Element-wise ops, broadcasting, reductions and transposes are
 * all such walks; only the strides differ.
 *
 * <p>Dimensions of size 1 are dropped and adjacent dimensions every operand walks contiguously are
 * merged, so that the innermost run is as long as possible and the per-row bookkeeping is paid
 * rarely.
 */
final class StridedLoop {

    private final int size;
    private final int inner;
    private final int rows;
    private final int[] outer;
    private final int[][] outerStrides;
    private final int[] innerStrides;

    private StridedLoop(int[] shape, int[][] strides) {
        int operands = strides.length;
        this.size = Shapes.size(shape);

        int[] dims = new int[shape.length];
        int[][] merged = new int[operands][shape.length];
        int count = 0;
        // An empty walk has no rows, so it keeps no dimensions: a cursor then divides by nothing.
        for (int d = size == 0 ? -1 : shape.length - 1; d >= 0; d--) {
            if (shape[d] == 1) {
                continue;
            }
            if (count > 0 && mergeable(strides, d, merged, count - 1, dims[count - 1])) {
                dims[count - 1] *= shape[d];
                continue;
            }
            dims[count] = shape[d];
            for (int op = 0; op < operands; op++) {
                merged[op][count] = strides[op][d];
            }
            count++;
        }

        // dims and merged were filled innermost first.
        this.innerStrides = new int[operands];
        if (count == 0) {
            this.inner = 1;
            this.outer = new int[0];
            this.outerStrides = new int[operands][0];
        } else {
            this.inner = dims[0];
            for (int op = 0; op < operands; op++) {
                innerStrides[op] = merged[op][0];
            }
            this.outer = new int[count - 1];
            this.outerStrides = new int[operands][count - 1];
            for (int i = 1; i < count; i++) {
                outer[count - 1 - i] = dims[i];
                for (int op = 0; op < operands; op++) {
                    outerStrides[op][count - 1 - i] = merged[op][i];
                }
            }
        }
        this.rows = size / inner;
    }

    private static boolean mergeable(
            int[][] strides, int d, int[][] merged, int innerIndex, int innerExtent) {
        for (int op = 0; op < strides.length; op++) {
            if ((long) strides[op][d] != (long) merged[op][innerIndex] * innerExtent) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns a walk over {@code shape} where operand {@code i} is addressed with {@code
     * strides[i]}, one stride per dimension of {@code shape}.
     */
    static StridedLoop of(int[] shape, int[]... strides) {
        return new StridedLoop(shape, strides);
    }

    /**
     * Returns a walk over the broadcast of the given operand shapes, each operand stored
     * contiguously in row-major order; stretched dimensions get stride 0.
     */
    static StridedLoop broadcasting(int[] outShape, int[]... operandShapes) {
        int[][] strides = new int[operandShapes.length][];
        for (int i = 0; i < operandShapes.length; i++) {
            strides[i] = broadcastStrides(operandShapes[i], outShape);
        }
        return new StridedLoop(outShape, strides);
    }

    /** Returns the strides that read {@code shape} as if stretched to {@code outShape}. */
    static int[] broadcastStrides(int[] shape, int[] outShape) {
        int[] own = Shapes.strides(shape);
        int[] out = new int[outShape.length];
        int lead = outShape.length - shape.length;
        for (int d = 0; d < shape.length; d++) {
            out[lead + d] = shape[d] == 1 ? 0 : own[d];
        }
        return out;
    }

    /** Returns the total number of positions. */
    int size() {
        return size;
    }

    /** Returns the length of one row, the innermost run. */
    int inner() {
        return inner;
    }

    /** Returns the number of rows; rows times inner is the size. */
    int rows() {
        return rows;
    }

    /** Returns the stride of an operand along the innermost run. */
    int innerStride(int operand) {
        return innerStrides[operand];
    }

    /** Visits one contiguous run of output positions. */
    @FunctionalInterface
    interface RunBody {
        /**
         * Handles {@code length} positions starting at flat output position {@code position};
         * operand {@code i} starts at {@code offsets[i]} and advances by its inner stride.
         */
        void run(int[] offsets, int position, int length);
    }

    /**
     * Visits every position in runs, split across threads when large. Runs never cross a row, and a
     * row may be split between threads, so even a single long row is shared out.
     *
     * @param cost the rough number of operations per position, to decide whether to split
     */
    void forEachRun(long cost, RunBody body) {
        Parallel.forRange(
                size,
                cost,
                (from, to) -> {
                    int column = from % inner;
                    Cursor cursor = new Cursor(from / inner);
                    int[] offsets = new int[innerStrides.length];
                    int position = from;
                    while (position < to) {
                        int length = Math.min(inner - column, to - position);
                        for (int op = 0; op < offsets.length; op++) {
                            offsets[op] = cursor.offsets[op] + column * innerStrides[op];
                        }
                        body.run(offsets, position, length);
                        position += length;
                        column = 0;
                        cursor.next();
                    }
                });
    }

    /** Returns a cursor positioned at the start of {@code row}. */
    Cursor cursor(int row) {
        return new Cursor(row);
    }

    /** A position in the walk: the coordinates of the current row and each operand's offset. */
    final class Cursor {

        private final int[] coords = new int[outer.length];
        private final int[] offsets = new int[innerStrides.length];

        private Cursor(int row) {
            int rest = row;
            for (int d = outer.length - 1; d >= 0; d--) {
                int c = rest % outer[d];
                rest /= outer[d];
                coords[d] = c;
                for (int op = 0; op < offsets.length; op++) {
                    offsets[op] += c * outerStrides[op][d];
                }
            }
        }

        /** Returns the offset of the current row's first element in an operand. */
        int offset(int operand) {
            return offsets[operand];
        }

        /** Moves to the next row. */
        void next() {
            for (int d = outer.length - 1; d >= 0; d--) {
                coords[d]++;
                for (int op = 0; op < offsets.length; op++) {
                    offsets[op] += outerStrides[op][d];
                }
                if (coords[d] < outer[d]) {
                    return;
                }
                for (int op = 0; op < offsets.length; op++) {
                    offsets[op] -= outerStrides[op][d] * outer[d];
                }
                coords[d] = 0;
            }
        }
    }
}

package org.jkeras.backend.cpu;

import java.util.List;
import org.jkeras.ndarray.Shapes;

/**
 * The data movement behind the shape ops. Each works on either element array, {@code float[]} or
 * {@code int[]}, passed as {@code Object} so that one loop serves both types; contiguous runs move
 * with {@link System#arraycopy}.
 */
final class ShapeKernels {

    private ShapeKernels() {}

    /** Returns {@code data} with its axes permuted: output axis i is input axis perm[i]. */
    static Object transpose(Object data, int[] shape, int[] permutation, int[] outShape) {
        int[] inStrides = Shapes.strides(shape);
        int[] readStrides = new int[permutation.length];
        for (int i = 0; i < permutation.length; i++) {
            readStrides[i] = inStrides[permutation[i]];
        }
        return gatherStrided(data, 0, outShape, readStrides);
    }

    /** Returns the block of {@code data} starting at {@code begin} with extent {@code size}. */
    static Object slice(Object data, int[] shape, int[] begin, int[] size) {
        int[] inStrides = Shapes.strides(shape);
        int base = 0;
        for (int d = 0; d < shape.length; d++) {
            base += begin[d] * inStrides[d];
        }
        return gatherStrided(data, base, size, inStrides);
    }

    /** Reads {@code outShape} elements from {@code data} at {@code base + sum(i_d * stride_d)}. */
    private static Object gatherStrided(Object data, int base, int[] outShape, int[] readStrides) {
        StridedLoop loop = StridedLoop.of(outShape, Shapes.strides(outShape), readStrides);
        Object out = allocateLike(data, loop.size());
        int stride = loop.innerStride(1);
        if (stride != 1 && loop.inner() >= TILE) {
            copyTiled(loop, data, base, out);
            return out;
        }
        loop.forEachRun(
                1,
                (offsets, position, length) ->
                        copy(data, base + offsets[1], stride, out, position, length));
        return out;
    }

    /** Output rows per tile, and columns per tile, of a tiled strided copy. */
    private static final int TILE = 16;

    /**
     * Copies long strided rows a tile at a time: in a transpose, neighbouring output rows read
     * neighbouring input elements, so a tile of rows reuses each cache line it loads instead of
     * touching a new one for every element.
     */
    private static void copyTiled(StridedLoop loop, Object data, int base, Object out) {
        int n = loop.inner();
        int stride = loop.innerStride(1);
        int rows = loop.rows();
        int groups = (rows + TILE - 1) / TILE;
        Parallel.forRange(
                groups,
                (long) TILE * n,
                (from, to) -> {
                    StridedLoop.Cursor cursor = loop.cursor(from * TILE);
                    int[] starts = new int[TILE];
                    for (int group = from; group < to; group++) {
                        int firstRow = group * TILE;
                        int count = Math.min(TILE, rows - firstRow);
                        for (int r = 0; r < count; r++) {
                            starts[r] = base + cursor.offset(1);
                            cursor.next();
                        }
                        for (int column = 0; column < n; column += TILE) {
                            int width = Math.min(TILE, n - column);
                            for (int r = 0; r < count; r++) {
                                int source = starts[r] + column * stride;
                                int target = (firstRow + r) * n + column;
                                copy(data, source, stride, out, target, width);
                            }
                        }
                    }
                });
    }

    private static void copy(
            Object src, int srcOffset, int srcStride, Object dst, int dstOffset, int n) {
        if (srcStride == 1) {
            System.arraycopy(src, srcOffset, dst, dstOffset, n);
        } else if (src instanceof float[] floats) {
            float[] target = (float[]) dst;
            for (int i = 0; i < n; i++) {
                target[dstOffset + i] = floats[srcOffset + i * srcStride];
            }
        } else {
            int[] ints = (int[]) src;
            int[] target = (int[]) dst;
            for (int i = 0; i < n; i++) {
                target[dstOffset + i] = ints[srcOffset + i * srcStride];
            }
        }
    }

    /**
     * Joins arrays along an axis, each viewed as {@code [outer, extent_t * inner]}.
     *
     * @param extents each part's size along the axis
     */
    static Object concat(
            List<Object> parts, int[] extents, int outer, int inner, Object out, int total) {
        int outRow = total * inner;
        int position = 0;
        for (int t = 0; t < parts.size(); t++) {
            int block = extents[t] * inner;
            Object part = parts.get(t);
            for (int o = 0; o < outer; o++) {
                System.arraycopy(part, o * block, out, o * outRow + position, block);
            }
            position += block;
        }
        return out;
    }

    /**
     * Takes, for a tensor viewed as {@code [outer, axisSize, inner]}, the slices at the given
     * indices, which must already be checked to lie in {@code [0, axisSize)}.
     */
    static Object gather(Object data, int outer, int axisSize, int inner, int[] indices) {
        Object out = allocateLike(data, outer * indices.length * inner);
        for (int o = 0; o < outer; o++) {
            int outBase = o * indices.length * inner;
            int inBase = o * axisSize * inner;
            for (int j = 0; j < indices.length; j++) {
                System.arraycopy(
                        data, inBase + indices[j] * inner, out, outBase + j * inner, inner);
            }
        }
        return out;
    }

    /** Returns one-hot rows of {@code depth} floats; an index outside the range gives zeros. */
    static float[] oneHot(int[] indices, int depth) {
        float[] out = new float[indices.length * depth];
        for (int i = 0; i < indices.length; i++) {
            int index = indices[i];
            if (index >= 0 && index < depth) {
                out[i * depth + index] = 1f;
            }
        }
        return out;
    }

    /** Returns a new array of the same element type as {@code data}. */
    static Object allocateLike(Object data, int length) {
        return data instanceof float[] ? new float[length] : new int[length];
    }
}

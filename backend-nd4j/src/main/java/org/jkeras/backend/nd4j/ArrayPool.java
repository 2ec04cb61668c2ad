package org.jkeras.backend.nd4j;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Native arrays of closed tensors, kept for the next result of the same type and shape. A training
 * step closes every temporary it made and the next step asks for the same shapes again, so after
 * the first step results come from here instead of from malloc: a fresh array of a few hundred KiB
 * costs page faults and a deallocator registration, many times the op itself.
 *
 * <p>At most {@value #PER_SHAPE} arrays of one shape and {@value #MAX_BYTES} bytes in all are kept;
 * the rest are freed at once. Only arrays this backend allocated, never views, come here.
 */
final class ArrayPool {

    static final int PER_SHAPE = 16;
    static final long MAX_BYTES = 512L << 20;

    private static final ArrayPool SHARED = new ArrayPool();

    private final Map<Key, ArrayDeque<INDArray>> free = new HashMap<>();
    private long bytes;

    private record Key(DataType type, String shape) {
        static Key of(DataType type, long[] shape) {
            return new Key(type, Arrays.toString(shape));
        }
    }

    /** Returns the pool every ND4J tensor of this process returns its array to. */
    static ArrayPool shared() {
        return SHARED;
    }

    /** Returns an uninitialized contiguous array, reused if one of this shape is free. */
    synchronized INDArray take(DataType type, long[] shape) {
        ArrayDeque<INDArray> arrays = free.get(Key.of(type, shape));
        INDArray array = arrays == null ? null : arrays.pollLast();
        if (array == null) {
            return Nd4j.createUninitialized(type, shape);
        }
        bytes -= sizeOf(array);
        return array;
    }

    /** Takes back the array of a closed tensor, or frees it if the pool is full. */
    synchronized void give(INDArray array) {
        if (array.isView() || !array.closeable() || array.isEmpty()) {
            if (array.closeable()) {
                array.close();
            }
            return;
        }
        long size = sizeOf(array);
        ArrayDeque<INDArray> arrays =
                free.computeIfAbsent(
                        Key.of(array.dataType(), array.shape()), k -> new ArrayDeque<>());
        if (arrays.size() >= PER_SHAPE || bytes + size > MAX_BYTES) {
            array.close();
            return;
        }
        arrays.addLast(array);
        bytes += size;
    }

    /** Frees every kept array. */
    synchronized void clear() {
        for (ArrayDeque<INDArray> arrays : free.values()) {
            for (INDArray array : arrays) {
                array.close();
            }
        }
        free.clear();
        bytes = 0;
    }

    /** Returns the bytes held by the kept arrays. */
    synchronized long bytes() {
        return bytes;
    }

    private static long sizeOf(INDArray array) {
        return array.length() * array.dataType().width();
    }
}

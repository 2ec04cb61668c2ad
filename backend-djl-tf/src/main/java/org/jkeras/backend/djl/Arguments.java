package org.jkeras.backend.djl;

import java.util.Arrays;
import java.util.Objects;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.Tensor;

/**
 * Argument checks made in Java before any op runs, so bad input fails with a message that names the
 * argument and leaves every tensor as it was.
 */
final class Arguments {

    private Arguments() {}

    /** Returns the backend's own tensor behind {@code tensor}, checked to be open. */
    static TfTensor open(Tensor tensor, String op, String argument) {
        Objects.requireNonNull(tensor, argument);
        if (!(tensor instanceof TfTensor tf)) {
            throw new IllegalArgumentException(
                    op
                            + ": "
                            + argument
                            + " must be a tensor of the "
                            + DjlTfBackend.NAME
                            + " backend. Received: "
                            + tensor.getClass().getName());
        }
        tf.requireOpen(op + " (" + argument + ")");
        return tf;
    }

    static TfTensor float32(Tensor tensor, String op, String argument) {
        return ofType(tensor, DType.FLOAT32, op, argument);
    }

    static TfTensor int32(Tensor tensor, String op, String argument) {
        return ofType(tensor, DType.INT32, op, argument);
    }

    static TfTensor ofType(Tensor tensor, DType dtype, String op, String argument) {
        TfTensor tf = open(tensor, op, argument);
        if (tf.dtype() != dtype) {
            throw new IllegalArgumentException(
                    op + ": " + argument + " must be " + dtype + ". Received: " + tf.dtype());
        }
        return tf;
    }

    /** Checks that two tensors share a type. */
    static void sameType(String op, TfTensor a, TfTensor b) {
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException(
                    op
                            + ": a and b must have the same dtype. Received: "
                            + a.dtype()
                            + " and "
                            + b.dtype());
        }
    }

    /** Returns a float32 tensor checked to have the shape of {@code reference}. */
    static TfTensor like(Tensor tensor, String op, String argument, TfTensor reference) {
        TfTensor tf = float32(tensor, op, argument);
        requireShape(op, argument, tf, reference.dims());
        return tf;
    }

    static void requireShape(String op, String argument, TfTensor tensor, int[] expected) {
        if (!Arrays.equals(tensor.dims(), expected)) {
            throw new IllegalArgumentException(
                    op
                            + ": "
                            + argument
                            + " must have shape "
                            + Arrays.toString(expected)
                            + ". Received: "
                            + Arrays.toString(tensor.dims()));
        }
    }

    static void requireRank(String op, String argument, TfTensor tensor, int rank) {
        if (tensor.rank() != rank) {
            throw new IllegalArgumentException(
                    op
                            + ": "
                            + argument
                            + " must have rank "
                            + rank
                            + ". Received: shape "
                            + Arrays.toString(tensor.dims()));
        }
    }

    static void requireLength(String op, String argument, int[] values, int rank) {
        if (values.length != rank) {
            throw new IllegalArgumentException(
                    op
                            + ": "
                            + argument
                            + " must have one entry per axis ("
                            + rank
                            + "). Received: "
                            + Arrays.toString(values));
        }
    }

    /** Returns the broadcast shape of two operands. */
    static int[] broadcast(String op, TfTensor a, TfTensor b) {
        try {
            return Shapes.broadcast(a.dims(), b.dims());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    op
                            + ": the shapes of a and b must broadcast together. Received: "
                            + Arrays.toString(a.dims())
                            + " and "
                            + Arrays.toString(b.dims()),
                    e);
        }
    }

    /** Returns the permutation with negative axes resolved, checked to list each axis once. */
    static int[] permutation(int[] permutation, int rank) {
        String message =
                "transpose: permutation must list each of the "
                        + rank
                        + " axes once. Received: "
                        + Arrays.toString(permutation);
        if (permutation.length != rank) {
            throw new IllegalArgumentException(message);
        }
        int[] axes = new int[rank];
        boolean[] seen = new boolean[rank];
        for (int i = 0; i < rank; i++) {
            int axis = permutation[i];
            if (axis < -rank || axis >= rank || seen[axis < 0 ? axis + rank : axis]) {
                throw new IllegalArgumentException(message);
            }
            axes[i] = axis < 0 ? axis + rank : axis;
            seen[axes[i]] = true;
        }
        return axes;
    }

    /** Returns the extent of a slice per axis, checked against the input's shape. */
    static int[] sliceExtent(int[] shape, int[] begin, int[] size) {
        requireLength("slice", "begin", begin, shape.length);
        requireLength("slice", "size", size, shape.length);
        int[] extent = new int[shape.length];
        for (int d = 0; d < shape.length; d++) {
            if (begin[d] < 0 || begin[d] > shape[d]) {
                throw new IllegalArgumentException(
                        "slice: begin["
                                + d
                                + "] must be in [0, "
                                + shape[d]
                                + "] for shape "
                                + Arrays.toString(shape)
                                + ". Received: "
                                + begin[d]);
            }
            extent[d] = size[d] == -1 ? shape[d] - begin[d] : size[d];
            if (extent[d] < 0 || begin[d] + extent[d] > shape[d]) {
                throw new IllegalArgumentException(
                        "slice: size["
                                + d
                                + "] must be -1 or in [0, "
                                + (shape[d] - begin[d])
                                + "] for begin "
                                + begin[d]
                                + " and shape "
                                + Arrays.toString(shape)
                                + ". Received: "
                                + size[d]);
            }
        }
        return extent;
    }

    /** Checks one part of a concatenation against the first. */
    static void concatPart(TfTensor first, TfTensor part, int axis, int index) {
        if (part.dtype() != first.dtype()) {
            throw new IllegalArgumentException(
                    "concat: tensors must share one dtype; tensors[0] is "
                            + first.dtype()
                            + ". Received: "
                            + part.dtype()
                            + " at tensors["
                            + index
                            + "]");
        }
        int[] expected = first.dims();
        int[] actual = part.dims();
        boolean matches = expected.length == actual.length;
        for (int d = 0; matches && d < expected.length; d++) {
            matches = d == axis || expected[d] == actual[d];
        }
        if (!matches) {
            throw new IllegalArgumentException(
                    "concat: tensors must match "
                            + Arrays.toString(expected)
                            + " in every dimension but axis "
                            + axis
                            + ". Received: "
                            + Arrays.toString(actual)
                            + " at tensors["
                            + index
                            + "]");
        }
    }
}

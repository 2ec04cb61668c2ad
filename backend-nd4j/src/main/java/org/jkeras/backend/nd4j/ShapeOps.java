package org.jkeras.backend.nd4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.Tensor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.shape.Gather;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The shape ops, gather, oneHot, cast and assign: every result is a fresh copy. */
final class ShapeOps {

    private ShapeOps() {}

    static Tensor reshape(Tensor xt, int[] shape) {
        Nd4jTensor x = Arrays4j.of(xt, "x");
        if (shape == null) {
            throw new IllegalArgumentException("shape must not be null. Received: null");
        }
        int[] resolved = Shapes.resolveReshape(x.shapeView(), shape);
        if (Shapes.size(resolved) == 0) {
            return new Nd4jTensor(Arrays4j.zeros(x.dtype(), resolved), x.dtype(), resolved);
        }
        INDArray copy = Arrays4j.copyOf(x.array());
        return new Nd4jTensor(
                resolved.length == 0
                        ? copy.reshape(new long[0])
                        : copy.reshape('c', Arrays4j.longs(resolved)),
                x.dtype(),
                resolved);
    }

    static Tensor transpose(Tensor xt, int[] permutation) {
        Nd4jTensor x = Arrays4j.of(xt, "x");
        int[] shape = x.shapeView();
        checkPermutation(permutation, shape.length);
        int[] outShape = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            outShape[i] = shape[permutation[i]];
        }
        if (Shapes.size(shape) == 0 || shape.length < 2) {
            return reshape(x, outShape);
        }
        INDArray out = Arrays4j.take(Arrays4j.nd4jType(x.dtype()), outShape);
        out.assign(x.array().permute(permutation));
        return new Nd4jTensor(out, x.dtype(), outShape);
    }

    private static void checkPermutation(int[] permutation, int rank) {
        boolean valid = permutation != null && permutation.length == rank;
        if (valid) {
            boolean[] seen = new boolean[rank];
            for (int p : permutation) {
                if (p < 0 || p >= rank || seen[p]) {
                    valid = false;
                    break;
                }
                seen[p] = true;
            }
        }
        if (!valid) {
            throw new IllegalArgumentException(
                    "permutation must hold each axis of a rank-"
                            + rank
                            + " tensor once. Received: "
                            + Arrays.toString(permutation));
        }
    }

    static Tensor slice(Tensor xt, int[] begin, int[] size) {
        Nd4jTensor x = Arrays4j.of(xt, "x");
        int[] shape = x.shapeView();
        if (begin == null
                || size == null
                || begin.length != shape.length
                || size.length != shape.length) {
            throw new IllegalArgumentException(
                    "begin and size must each have one entry per axis ("
                            + shape.length
                            + "). Received: "
                            + Arrays.toString(begin)
                            + " and "
                            + Arrays.toString(size));
        }
        int[] outShape = new int[shape.length];
        INDArrayIndex[] indices = new INDArrayIndex[shape.length];
        for (int d = 0; d < shape.length; d++) {
            int extent = size[d] == -1 ? shape[d] - begin[d] : size[d];
            if (begin[d] < 0 || extent < 0 || begin[d] + extent > shape[d]) {
                throw new IllegalArgumentException(
                        "begin and size must stay inside axis "
                                + d
                                + " of size "
                                + shape[d]
                                + ". Received: begin "
                                + begin[d]
                                + ", size "
                                + size[d]);
            }
            outShape[d] = extent;
            indices[d] = NDArrayIndex.interval(begin[d], begin[d] + extent);
        }
        if (Shapes.size(outShape) == 0 || shape.length == 0) {
            return shape.length == 0
                    ? reshape(x, outShape)
                    : new Nd4jTensor(Arrays4j.zeros(x.dtype(), outShape), x.dtype(), outShape);
        }
        INDArray out = Arrays4j.take(Arrays4j.nd4jType(x.dtype()), outShape);
        out.assign(x.array().get(indices));
        return new Nd4jTensor(out, x.dtype(), outShape);
    }

    static Tensor concat(List<Tensor> tensors, int axis) {
        if (tensors == null || tensors.isEmpty()) {
            throw new IllegalArgumentException(
                    "tensors must hold at least one tensor. Received: " + tensors);
        }
        List<Nd4jTensor> parts = new ArrayList<>();
        for (int i = 0; i < tensors.size(); i++) {
            parts.add(Arrays4j.of(tensors.get(i), "tensors[" + i + "]"));
        }
        Nd4jTensor first = parts.get(0);
        int rank = first.shapeView().length;
        if (rank == 0) {
            throw new IllegalArgumentException(
                    "tensors must have rank 1 or more. Received: rank 0");
        }
        int a = Shapes.normalizeAxis(axis, rank);
        int[] outShape = first.shape();
        outShape[a] = 0;
        List<INDArray> nonEmpty = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Nd4jTensor part = parts.get(i);
            int[] s = part.shapeView();
            boolean matches = part.dtype() == first.dtype() && s.length == rank;
            for (int d = 0; matches && d < rank; d++) {
                matches = d == a || s[d] == first.shapeView()[d];
            }
            if (!matches) {
                throw new IllegalArgumentException(
                        "tensors must share type, rank and every dimension but axis "
                                + axis
                                + ". Received: tensors["
                                + i
                                + "] "
                                + part.dtype()
                                + Arrays.toString(s)
                                + " vs "
                                + first.dtype()
                                + Arrays.toString(first.shapeView()));
            }
            outShape[a] += s[a];
            if (Shapes.size(s) > 0) {
                nonEmpty.add(part.array());
            }
        }
        if (Shapes.size(outShape) == 0 || nonEmpty.isEmpty()) {
            return new Nd4jTensor(Arrays4j.zeros(first.dtype(), outShape), first.dtype(), outShape);
        }
        INDArray out =
                nonEmpty.size() == 1
                        ? nonEmpty.get(0).dup('c')
                        : Nd4j.concat(a, nonEmpty.toArray(new INDArray[0]));
        return Arrays4j.wrap(out, first.dtype(), outShape);
    }

    static Tensor gather(Tensor xt, Tensor indicesT, int axis) {
        Nd4jTensor x = Arrays4j.of(xt, "x");
        Nd4jTensor indices = Arrays4j.int32(indicesT, "indices");
        int[] shape = x.shapeView();
        if (shape.length == 0) {
            throw new IllegalArgumentException("x must have rank 1 or more. Received: rank 0");
        }
        int a = Shapes.normalizeAxis(axis, shape.length);
        int[] indexShape = indices.shapeView();
        int[] outShape = new int[shape.length - 1 + indexShape.length];
        System.arraycopy(shape, 0, outShape, 0, a);
        System.arraycopy(indexShape, 0, outShape, a, indexShape.length);
        System.arraycopy(shape, a + 1, outShape, a + indexShape.length, shape.length - a - 1);
        // Indices are small (a batch of labels); reading them lets the range check throw as the SPI
        // says instead of libnd4j reading outside the array.
        int[] index = Shapes.size(indexShape) == 0 ? new int[0] : indices.array().data().asInt();
        for (int i : index) {
            if (i < 0 || i >= shape[a]) {
                throw new IndexOutOfBoundsException(
                        "indices must lie in [0, "
                                + shape[a]
                                + ") along axis "
                                + axis
                                + ". Received: "
                                + i);
            }
        }
        if (Shapes.size(outShape) == 0) {
            return new Nd4jTensor(Arrays4j.zeros(x.dtype(), outShape), x.dtype(), outShape);
        }
        INDArray flatIndices = Nd4j.createFromArray(index);
        INDArray taken = Nd4j.exec(new Gather(x.array(), flatIndices, a))[0];
        flatIndices.close();
        return Arrays4j.wrap(taken, x.dtype(), outShape);
    }

    static Tensor oneHot(Tensor indicesT, int depth) {
        Nd4jTensor indices = Arrays4j.int32(indicesT, "indices");
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be 0 or more. Received: " + depth);
        }
        int[] shape = indices.shapeView();
        int[] outShape = Arrays.copyOf(shape, shape.length + 1);
        outShape[shape.length] = depth;
        if (Shapes.size(outShape) == 0) {
            return new Nd4jTensor(Arrays4j.zeros(DType.FLOAT32, outShape), DType.FLOAT32, outShape);
        }
        // Comparing each index with 0..depth-1 gives zero rows for out-of-range indices.
        int[] column = Arrays.copyOf(shape, shape.length + 1);
        column[shape.length] = 1;
        INDArray classes = Nd4j.arange(depth).castTo(DataType.INT32);
        INDArray left = Arrays4j.broadcastTo(indices.array(), column, outShape);
        INDArray right = Arrays4j.broadcastTo(classes, new int[] {depth}, outShape);
        INDArray mask = left.eq(right);
        INDArray out = mask.castTo(DataType.FLOAT);
        for (INDArray temporary : new INDArray[] {classes, left, right, mask}) {
            temporary.close();
        }
        return Arrays4j.wrap(out, DType.FLOAT32, outShape);
    }

    static Tensor cast(Tensor xt, DType dtype) {
        Nd4jTensor x = Arrays4j.of(xt, "x");
        if (dtype == null) {
            throw new IllegalArgumentException("dtype must not be null. Received: null");
        }
        int[] shape = x.shapeView();
        if (Shapes.size(shape) == 0) {
            return new Nd4jTensor(Arrays4j.zeros(dtype, shape), dtype, shape);
        }
        INDArray in = x.array();
        if (x.dtype() == dtype) {
            return Arrays4j.wrap(in.dup('c'), dtype, shape);
        }
        if (dtype == DType.INT32 && (HostMath.hasNonFinite(in) || outsideInt(in))) {
            return new Nd4jTensor(HostMath.toInt(in, shape), dtype, shape);
        }
        return Arrays4j.wrap(in.castTo(Arrays4j.nd4jType(dtype)), dtype, shape);
    }

    /** Whether a float32 array holds a value that int32 cannot, which must saturate. */
    private static boolean outsideInt(INDArray in) {
        double largest = in.amaxNumber().doubleValue();
        return largest >= 2147483648.0;
    }

    static void assign(Tensor targetT, Tensor valueT) {
        Nd4jTensor target = Arrays4j.of(targetT, "target");
        Nd4jTensor value = Arrays4j.of(valueT, "value");
        if (target.dtype() != value.dtype()
                || !Arrays.equals(target.shapeView(), value.shapeView())) {
            throw new IllegalArgumentException(
                    "value must have the target's type and shape "
                            + target.dtype()
                            + Arrays.toString(target.shapeView())
                            + ". Received: "
                            + value.dtype()
                            + Arrays.toString(value.shapeView()));
        }
        if (Shapes.size(target.shapeView()) > 0) {
            target.array().assign(value.array());
        }
    }
}

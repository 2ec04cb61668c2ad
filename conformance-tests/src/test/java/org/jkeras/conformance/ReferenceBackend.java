package org.jkeras.conformance;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.ndarray.Shapes;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;

/**
 * A slow backend over the kit's own reference that rounds every result to float32 and keeps the
 * fused ops at the SPI's defaults: a correct backend for the kit to be checked against.
 */
class ReferenceBackend implements Backend {

    static final String NAME = "kit-reference";

    /** A tensor holding reference values; assign swaps the values, which are immutable. */
    static final class RefTensor implements Tensor {
        private Ref value;
        private final DType dtype;
        private boolean closed;

        RefTensor(Ref value, DType dtype) {
            this.value = dtype == DType.FLOAT32 ? value.roundedToFloat32() : value;
            this.dtype = dtype;
        }

        Ref value() {
            checkOpen();
            return value;
        }

        private void checkOpen() {
            if (closed) {
                throw new IllegalStateException("the tensor is closed");
            }
        }

        @Override
        public int[] shape() {
            return value().shape();
        }

        @Override
        public DType dtype() {
            checkOpen();
            return dtype;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    static Ref valueOf(Tensor tensor) {
        return ((RefTensor) tensor).value();
    }

    private static Ref floats(Tensor tensor, String name) {
        Ref value = valueOf(tensor);
        if (tensor.dtype() != DType.FLOAT32) {
            throw new IllegalArgumentException(
                    name + " must be float32. Received: " + tensor.dtype());
        }
        return value;
    }

    private static void sameType(Tensor a, Tensor b, String names) {
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException(
                    names + " must share a type. Received: " + a.dtype() + " and " + b.dtype());
        }
    }

    @Override
    public Tensor fromHost(NDArray array) {
        return new RefTensor(Ref.fromHost(array), array.dtype());
    }

    @Override
    public NDArray toHost(Tensor tensor) {
        Ref value = valueOf(tensor);
        return tensor.dtype() == DType.FLOAT32 ? value.toFloat32() : value.toInt32();
    }

    @Override
    public Tensor full(int[] shape, DType dtype, double value) {
        Shapes.size(shape);
        double stored = dtype == DType.INT32 ? (int) value : value;
        return new RefTensor(Ref.full(stored, shape), dtype);
    }

    @Override
    public Tensor unary(UnaryOp op, Tensor x) {
        return new RefTensor(floats(x, "x").unary(op), DType.FLOAT32);
    }

    @Override
    public Tensor binary(BinaryOp op, Tensor a, Tensor b) {
        return new RefTensor(floats(a, "a").binary(op, floats(b, "b")), DType.FLOAT32);
    }

    @Override
    public Tensor compare(CompareOp op, Tensor a, Tensor b) {
        Ref left = valueOf(a);
        Ref right = valueOf(b);
        sameType(a, b, "a and b");
        return new RefTensor(
                left.zip(right, (x, y) -> ElementwiseCases.holds(op, x, y) ? 1 : 0), DType.FLOAT32);
    }

    @Override
    public Tensor where(Tensor condition, Tensor a, Tensor b) {
        Ref mask = floats(condition, "condition");
        sameType(a, b, "a and b");
        return new RefTensor(mask.where(valueOf(a), valueOf(b)), a.dtype());
    }

    @Override
    public Tensor reduce(ReduceOp op, Tensor x, int[] axes, boolean keepDims) {
        return new RefTensor(floats(x, "x").reduce(op, axes, keepDims), DType.FLOAT32);
    }

    @Override
    public Tensor argMax(Tensor x, int axis) {
        return new RefTensor(floats(x, "x").argMax(axis), DType.INT32);
    }

    @Override
    public Tensor matmul(Tensor a, Tensor b, boolean transposeA, boolean transposeB) {
        Ref left = floats(a, "a");
        Ref right = floats(b, "b");
        if (left.rank() != 2 || right.rank() != 2) {
            throw new IllegalArgumentException(
                    "a and b must have rank 2. Received: "
                            + Arrays.toString(left.shape())
                            + " and "
                            + Arrays.toString(right.shape()));
        }
        int inner = left.shape()[transposeA ? 0 : 1];
        int innerB = right.shape()[transposeB ? 1 : 0];
        if (inner != innerB) {
            throw new IllegalArgumentException(
                    "inner dimensions must match. Received: " + inner + " and " + innerB);
        }
        return new RefTensor(left.matmul(right, transposeA, transposeB), DType.FLOAT32);
    }

    @Override
    public Tensor reshape(Tensor x, int[] shape) {
        return new RefTensor(valueOf(x).reshape(shape), x.dtype());
    }

    @Override
    public Tensor transpose(Tensor x, int[] permutation) {
        Ref value = valueOf(x);
        int[] sorted = permutation.clone();
        Arrays.sort(sorted);
        if (!Arrays.equals(sorted, Shapes.allAxes(value.rank()))) {
            throw new IllegalArgumentException(
                    "permutation must order the axes of rank "
                            + value.rank()
                            + ". Received: "
                            + Arrays.toString(permutation));
        }
        return new RefTensor(value.transpose(permutation), x.dtype());
    }

    @Override
    public Tensor slice(Tensor x, int[] begin, int[] size) {
        Ref value = valueOf(x);
        int[] shape = value.shape();
        if (begin.length != shape.length || size.length != shape.length) {
            throw new IllegalArgumentException(
                    "begin and size must have "
                            + shape.length
                            + " entries. Received: "
                            + Arrays.toString(begin)
                            + " and "
                            + Arrays.toString(size));
        }
        for (int i = 0; i < shape.length; i++) {
            int extent = size[i] == -1 ? shape[i] - begin[i] : size[i];
            if (begin[i] < 0 || extent < 0 || begin[i] + extent > shape[i]) {
                throw new IllegalArgumentException(
                        "slice must lie inside "
                                + Arrays.toString(shape)
                                + ". Received begin "
                                + Arrays.toString(begin)
                                + ", size "
                                + Arrays.toString(size));
            }
        }
        return new RefTensor(value.slice(begin, size), x.dtype());
    }

    @Override
    public Tensor concat(List<Tensor> tensors, int axis) {
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException("tensors must not be empty. Received: []");
        }
        Tensor first = tensors.get(0);
        int[] shape = first.shape();
        int a = Shapes.normalizeAxis(axis, shape.length);
        for (Tensor t : tensors) {
            sameType(first, t, "tensors");
            int[] other = t.shape();
            boolean matches = other.length == shape.length;
            for (int i = 0; matches && i < shape.length; i++) {
                matches = i == a || other[i] == shape[i];
            }
            if (!matches) {
                throw new IllegalArgumentException(
                        "tensors must match off the axis. Received: " + Arrays.toString(other));
            }
        }
        return new RefTensor(
                Ref.concat(tensors.stream().map(ReferenceBackend::valueOf).toList(), a),
                first.dtype());
    }

    @Override
    public Tensor gather(Tensor x, Tensor indices, int axis) {
        Ref value = valueOf(x);
        Ref index = valueOf(indices);
        if (indices.dtype() != DType.INT32) {
            throw new IllegalArgumentException(
                    "indices must be int32. Received: " + indices.dtype());
        }
        int a = Shapes.normalizeAxis(axis, value.rank());
        for (int i = 0; i < index.size(); i++) {
            Objects.checkIndex((int) index.get(i), value.shape()[a]);
        }
        return new RefTensor(value.gather(index, a), x.dtype());
    }

    @Override
    public Tensor oneHot(Tensor indices, int depth) {
        Ref index = valueOf(indices);
        if (indices.dtype() != DType.INT32 || depth < 0) {
            throw new IllegalArgumentException(
                    "indices must be int32 and depth >= 0. Received: "
                            + indices.dtype()
                            + ", "
                            + depth);
        }
        return new RefTensor(index.oneHot(depth), DType.FLOAT32);
    }

    @Override
    public Tensor cast(Tensor x, DType dtype) {
        Ref value = valueOf(x);
        return new RefTensor(dtype == DType.INT32 ? value.map(v -> (int) v) : value, dtype);
    }

    @Override
    public void assign(Tensor target, Tensor value) {
        Ref current = valueOf(target);
        Ref next = valueOf(value);
        sameType(target, value, "target and value");
        if (!Arrays.equals(current.shape(), next.shape())) {
            throw new IllegalArgumentException(
                    "value must have the target's shape "
                            + Arrays.toString(current.shape())
                            + ". Received: "
                            + Arrays.toString(next.shape()));
        }
        ((RefTensor) target).value = next;
    }
}

package org.jkeras.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * A backend that only stores tensors, for engine tests that build layers and copy weights but
 * compute nothing; every arithmetic op fails. It records the tensors it creates, so tests can check
 * what is left open.
 */
public final class HostBackend implements Backend {

    private final List<HostTensor> created = new ArrayList<>();

    /** Returns every tensor this backend created, in creation order. */
    public List<HostTensor> created() {
        return created;
    }

    /** Returns how many created tensors are still open. */
    public long openCount() {
        return created.stream().filter(tensor -> !tensor.isClosed()).count();
    }

    @Override
    public String name() {
        return "host-test";
    }

    @Override
    public Tensor fromHost(NDArray array) {
        HostTensor tensor = new HostTensor(array);
        created.add(tensor);
        return tensor;
    }

    @Override
    public NDArray toHost(Tensor tensor) {
        return ((HostTensor) tensor).value();
    }

    @Override
    public Tensor full(int[] shape, DType dtype, double value) {
        float[] data = new float[Shapes.size(shape)];
        Arrays.fill(data, (float) value);
        NDArray array = NDArray.of(data, shape);
        return fromHost(dtype == DType.FLOAT32 ? array : array.cast(dtype));
    }

    @Override
    public void assign(Tensor target, Tensor value) {
        ((HostTensor) target).set(((HostTensor) value).value());
    }

    @Override
    public Tensor unary(UnaryOp op, Tensor x) {
        throw unsupported();
    }

    @Override
    public Tensor binary(BinaryOp op, Tensor a, Tensor b) {
        throw unsupported();
    }

    @Override
    public Tensor compare(CompareOp op, Tensor a, Tensor b) {
        throw unsupported();
    }

    @Override
    public Tensor where(Tensor condition, Tensor a, Tensor b) {
        throw unsupported();
    }

    @Override
    public Tensor reduce(ReduceOp op, Tensor x, int[] axes, boolean keepDims) {
        throw unsupported();
    }

    @Override
    public Tensor argMax(Tensor x, int axis) {
        throw unsupported();
    }

    @Override
    public Tensor matmul(Tensor a, Tensor b, boolean transposeA, boolean transposeB) {
        throw unsupported();
    }

    @Override
    public Tensor reshape(Tensor x, int[] shape) {
        throw unsupported();
    }

    @Override
    public Tensor transpose(Tensor x, int[] permutation) {
        throw unsupported();
    }

    @Override
    public Tensor slice(Tensor x, int[] begin, int[] size) {
        throw unsupported();
    }

    @Override
    public Tensor concat(List<Tensor> tensors, int axis) {
        throw unsupported();
    }

    @Override
    public Tensor gather(Tensor x, Tensor indices, int axis) {
        throw unsupported();
    }

    @Override
    public Tensor oneHot(Tensor indices, int depth) {
        throw unsupported();
    }

    @Override
    public Tensor cast(Tensor x, DType dtype) {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("the host test backend stores tensors only");
    }

    /** A tensor held as a host array. */
    public static final class HostTensor implements Tensor {

        private NDArray value;
        private boolean closed;

        HostTensor(NDArray value) {
            this.value = value;
        }

        NDArray value() {
            requireOpen();
            return value;
        }

        void set(NDArray newValue) {
            requireOpen();
            if (!Arrays.equals(newValue.shape(), value.shape())) {
                throw new IllegalArgumentException("shapes differ");
            }
            this.value = newValue;
        }

        @Override
        public int[] shape() {
            return value.shape();
        }

        @Override
        public DType dtype() {
            return value.dtype();
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public void close() {
            closed = true;
        }

        private void requireOpen() {
            if (closed) {
                throw new IllegalStateException("tensor is closed");
            }
        }
    }
}

package org.jkeras.it;

import java.util.ArrayList;
import java.util.List;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;

/**
 * A backend that forwards every op to another and remembers each tensor an op returned, so a test
 * can ask which of the tensors created since a mark are still open.
 */
final class CountingBackend implements Backend {

    private final Backend delegate;
    private final List<Tensor> created = new ArrayList<>();

    CountingBackend(Backend delegate) {
        this.delegate = delegate;
    }

    /** Returns a mark: the number of tensors created so far. */
    int mark() {
        return created.size();
    }

    /** Returns how many tensors created after {@code mark} are still open. */
    long openSince(int mark) {
        return created.subList(mark, created.size()).stream()
                .filter(tensor -> !tensor.isClosed())
                .count();
    }

    /** Returns how many tensors were created after {@code mark}. */
    int createdSince(int mark) {
        return created.size() - mark;
    }

    private Tensor record(Tensor tensor) {
        created.add(tensor);
        return tensor;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Tensor fromHost(NDArray array) {
        return record(delegate.fromHost(array));
    }

    @Override
    public NDArray toHost(Tensor tensor) {
        return delegate.toHost(tensor);
    }

    @Override
    public Tensor full(int[] shape, DType dtype, double value) {
        return record(delegate.full(shape, dtype, value));
    }

    @Override
    public Tensor unary(UnaryOp op, Tensor x) {
        return record(delegate.unary(op, x));
    }

    @Override
    public Tensor binary(BinaryOp op, Tensor a, Tensor b) {
        return record(delegate.binary(op, a, b));
    }

    @Override
    public Tensor compare(CompareOp op, Tensor a, Tensor b) {
        return record(delegate.compare(op, a, b));
    }

    @Override
    public Tensor where(Tensor condition, Tensor a, Tensor b) {
        return record(delegate.where(condition, a, b));
    }

    @Override
    public Tensor reduce(ReduceOp op, Tensor x, int[] axes, boolean keepDims) {
        return record(delegate.reduce(op, x, axes, keepDims));
    }

    @Override
    public Tensor argMax(Tensor x, int axis) {
        return record(delegate.argMax(x, axis));
    }

    @Override
    public Tensor matmul(Tensor a, Tensor b, boolean transposeA, boolean transposeB) {
        return record(delegate.matmul(a, b, transposeA, transposeB));
    }

    @Override
    public Tensor reshape(Tensor x, int[] shape) {
        return record(delegate.reshape(x, shape));
    }

    @Override
    public Tensor transpose(Tensor x, int[] permutation) {
        return record(delegate.transpose(x, permutation));
    }

    @Override
    public Tensor slice(Tensor x, int[] begin, int[] size) {
        return record(delegate.slice(x, begin, size));
    }

    @Override
    public Tensor concat(List<Tensor> tensors, int axis) {
        return record(delegate.concat(tensors, axis));
    }

    @Override
    public Tensor gather(Tensor x, Tensor indices, int axis) {
        return record(delegate.gather(x, indices, axis));
    }

    @Override
    public Tensor oneHot(Tensor indices, int depth) {
        return record(delegate.oneHot(indices, depth));
    }

    @Override
    public Tensor cast(Tensor x, DType dtype) {
        return record(delegate.cast(x, dtype));
    }

    @Override
    public void assign(Tensor target, Tensor value) {
        delegate.assign(target, value);
    }

    @Override
    public Tensor dense(Tensor x, Tensor kernel, Tensor bias) {
        return record(delegate.dense(x, kernel, bias));
    }

    @Override
    public Tensor softmax(Tensor x, int axis) {
        return record(delegate.softmax(x, axis));
    }

    @Override
    public Tensor logSoftmax(Tensor x, int axis) {
        return record(delegate.logSoftmax(x, axis));
    }

    @Override
    public Tensor softmaxCrossEntropy(Tensor logits, Tensor labels) {
        return record(delegate.softmaxCrossEntropy(logits, labels));
    }

    @Override
    public void sgdUpdate(
            Tensor param,
            Tensor grad,
            Tensor velocity,
            double lr,
            double momentum,
            boolean nesterov) {
        delegate.sgdUpdate(param, grad, velocity, lr, momentum, nesterov);
    }

    @Override
    public void rmspropUpdate(
            Tensor param, Tensor grad, Tensor accumulator, double lr, double rho, double epsilon) {
        delegate.rmspropUpdate(param, grad, accumulator, lr, rho, epsilon);
    }

    @Override
    public void adamUpdate(
            Tensor param,
            Tensor grad,
            Tensor m,
            Tensor v,
            Tensor vHat,
            double lrT,
            double beta1,
            double beta2,
            double epsilon) {
        delegate.adamUpdate(param, grad, m, v, vHat, lrT, beta1, beta2, epsilon);
    }

    @Override
    public void close() {
        delegate.close();
    }
}

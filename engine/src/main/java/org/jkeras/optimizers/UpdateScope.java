package org.jkeras.optimizers;

import java.util.ArrayList;
import java.util.List;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;

/**
 * The temporaries of one parameter's update, for the update rules composed of core backend ops:
 * every tensor made through the scope is closed with it, so a step leaves only the parameter and
 * its slots behind.
 */
final class UpdateScope implements AutoCloseable {

    private final Backend backend;
    private final List<Tensor> owned = new ArrayList<>();

    UpdateScope(Backend backend) {
        this.backend = backend;
    }

    private Tensor own(Tensor tensor) {
        owned.add(tensor);
        return tensor;
    }

    Tensor scalar(double value) {
        return own(backend.scalar(value));
    }

    Tensor add(Tensor a, Tensor b) {
        return own(backend.binary(BinaryOp.ADD, a, b));
    }

    Tensor add(Tensor a, double b) {
        return add(a, scalar(b));
    }

    Tensor sub(Tensor a, Tensor b) {
        return own(backend.binary(BinaryOp.SUB, a, b));
    }

    Tensor mul(Tensor a, Tensor b) {
        return own(backend.binary(BinaryOp.MUL, a, b));
    }

    Tensor mul(Tensor a, double b) {
        return mul(a, scalar(b));
    }

    Tensor div(Tensor a, Tensor b) {
        return own(backend.binary(BinaryOp.DIV, a, b));
    }

    Tensor div(Tensor a, double b) {
        return div(a, scalar(b));
    }

    Tensor maximum(Tensor a, Tensor b) {
        return own(backend.binary(BinaryOp.MAXIMUM, a, b));
    }

    Tensor square(Tensor x) {
        return own(backend.unary(UnaryOp.SQUARE, x));
    }

    Tensor sqrt(Tensor x) {
        return own(backend.unary(UnaryOp.SQRT, x));
    }

    Tensor abs(Tensor x) {
        return own(backend.unary(UnaryOp.ABS, x));
    }

    /** Returns {@code decay * old + (1 - decay) * fresh}, Keras's moving average. */
    Tensor movingAverage(Tensor old, double decay, Tensor fresh) {
        return add(mul(old, decay), mul(fresh, 1 - decay));
    }

    void assign(Tensor target, Tensor value) {
        backend.assign(target, value);
    }

    @Override
    public void close() {
        for (int i = owned.size() - 1; i >= 0; i--) {
            owned.get(i).close();
        }
        owned.clear();
    }
}

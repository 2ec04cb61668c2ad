package org.jkeras.optimizers;

import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * Stochastic gradient descent with optional momentum and Nesterov momentum, Keras 2.2.4 defaults:
 * lr 0.01, momentum 0, nesterov false, decay 0.
 *
 * <pre>{@code
 * model.compile(new SGD().lr(0.1).momentum(0.9).nesterov(true), loss, metrics);
 * }</pre>
 */
public final class SGD extends OptimizerBase {

    private double momentum;
    private boolean nesterov;

    /** Creates SGD with the Keras defaults. */
    public SGD() {
        super("sgd", 0.01);
    }

    /** Sets the learning rate, Keras's {@code lr}. */
    public SGD lr(double value) {
        setLr(value);
        return this;
    }

    /** Sets the learning rate; the Keras 2.3 name of {@link #lr(double)}. */
    public SGD learningRate(double value) {
        return lr(value);
    }

    /** Sets the momentum, a number >= 0. */
    public SGD momentum(double value) {
        momentum = checkNonNegative("momentum", value);
        return this;
    }

    /** Sets whether to use Nesterov momentum. */
    public SGD nesterov(boolean value) {
        nesterov = value;
        return this;
    }

    /** Sets the time decay of the learning rate, {@code lr / (1 + decay * iterations)}. */
    public SGD decay(double value) {
        setDecay(value);
        return this;
    }

    /**
     * Sets the global-norm clipping threshold: gradients are scaled by {@code clipnorm / max(norm,
     * clipnorm)}, {@code norm} being the L2 norm over all gradients; 0 turns it off.
     */
    public SGD clipnorm(double value) {
        setClipnorm(value);
        return this;
    }

    /** Sets the element-wise clipping to {@code [-clipvalue, clipvalue]}; 0 turns it off. */
    public SGD clipvalue(double value) {
        setClipvalue(value);
        return this;
    }

    /** Returns the momentum. */
    public double momentum() {
        return momentum;
    }

    /** Returns whether Nesterov momentum is used. */
    public boolean nesterov() {
        return nesterov;
    }

    @Override
    protected int slotCount() {
        // Keras 2.2.4 keeps a velocity for every weight, but with momentum 0 it stays at zero
        // and the update reduces to p -= lr * g, so no slot is made.
        return momentum == 0 ? 0 : 1;
    }

    @Override
    protected void update(
            Backend backend, int index, Tensor param, Tensor grad, double rate, long step) {
        Tensor velocity = momentum == 0 ? null : slots(index)[0];
        backend.sgdUpdate(param, grad, velocity, rate, momentum, nesterov);
    }
}

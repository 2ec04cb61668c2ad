package org.jkeras.optimizers;

import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * RMSprop, Keras 2.2.4 defaults: lr 0.001, rho 0.9, epsilon 1e-7, decay 0; the update is {@code p
 * -= lr * g / (sqrt(a) + epsilon)}.
 */
public final class RMSprop extends OptimizerBase {

    private double rho = 0.9;
    private double epsilon = 1e-7;

    /** Creates RMSprop with the Keras defaults. */
    public RMSprop() {
        super("rmsprop", 0.001);
    }

    /** Sets the learning rate, Keras's {@code lr}. */
    public RMSprop lr(double value) {
        setLr(value);
        return this;
    }

    /** Sets the learning rate; the Keras 2.3 name of {@link #lr(double)}. */
    public RMSprop learningRate(double value) {
        return lr(value);
    }

    /** Sets the decay of the squared-gradient average, in [0, 1). */
    public RMSprop rho(double value) {
        rho = checkUnitInterval("rho", value);
        return this;
    }

    /** Sets the fuzz factor added to the denominator. */
    public RMSprop epsilon(double value) {
        epsilon = checkNonNegative("epsilon", value);
        return this;
    }

    /** Sets the time decay of the learning rate, {@code lr / (1 + decay * iterations)}. */
    public RMSprop decay(double value) {
        setDecay(value);
        return this;
    }

    /**
     * Sets the global-norm clipping threshold: gradients are scaled by {@code clipnorm / max(norm,
     * clipnorm)}, {@code norm} being the L2 norm over all gradients; 0 turns it off.
     */
    public RMSprop clipnorm(double value) {
        setClipnorm(value);
        return this;
    }

    /** Sets the element-wise clipping to {@code [-clipvalue, clipvalue]}; 0 turns it off. */
    public RMSprop clipvalue(double value) {
        setClipvalue(value);
        return this;
    }

    /** Returns rho. */
    public double rho() {
        return rho;
    }

    /** Returns epsilon. */
    public double epsilon() {
        return epsilon;
    }

    @Override
    protected int slotCount() {
        return 1;
    }

    @Override
    protected void update(
            Backend backend, int index, Tensor param, Tensor grad, double rate, long step) {
        Tensor accumulator = slots(index)[0];
        backend.rmspropUpdate(param, grad, accumulator, rate, rho, epsilon);
    }
}

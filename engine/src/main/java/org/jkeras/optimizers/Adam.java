package org.jkeras.optimizers;

import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * Adam, Keras 2.2.4 defaults: lr 0.001, beta1 0.9, beta2 0.999, epsilon 1e-7, decay 0, amsgrad
 * false. Step {@code t} (from 1) uses {@code lr_t = lr * sqrt(1 - beta2^t) / (1 - beta1^t)}.
 */
public final class Adam extends OptimizerBase {

    private double beta1 = 0.9;
    private double beta2 = 0.999;
    private double epsilon = 1e-7;
    private boolean amsgrad;

    /** Creates Adam with the Keras defaults. */
    public Adam() {
        super("adam", 0.001);
    }

    /** Sets the learning rate, Keras's {@code lr}. */
    public Adam lr(double value) {
        setLr(value);
        return this;
    }

    /** Sets the learning rate; the Keras 2.3 name of {@link #lr(double)}. */
    public Adam learningRate(double value) {
        return lr(value);
    }

    /** Sets the decay of the first-moment average, in [0, 1). */
    public Adam beta1(double value) {
        beta1 = checkUnitInterval("beta1", value);
        return this;
    }

    /** Sets the decay of the second-moment average, in [0, 1). */
    public Adam beta2(double value) {
        beta2 = checkUnitInterval("beta2", value);
        return this;
    }

    /** Sets the fuzz factor added to the denominator. */
    public Adam epsilon(double value) {
        epsilon = checkNonNegative("epsilon", value);
        return this;
    }

    /** Sets whether to use the AMSGrad variant, which divides by the largest second moment. */
    public Adam amsgrad(boolean value) {
        amsgrad = value;
        return this;
    }

    /** Sets the time decay of the learning rate, {@code lr / (1 + decay * iterations)}. */
    public Adam decay(double value) {
        setDecay(value);
        return this;
    }

    /**
     * Sets the global-norm clipping threshold: gradients are scaled by {@code clipnorm / max(norm,
     * clipnorm)}, {@code norm} being the L2 norm over all gradients; 0 turns it off.
     */
    public Adam clipnorm(double value) {
        setClipnorm(value);
        return this;
    }

    /** Sets the element-wise clipping to {@code [-clipvalue, clipvalue]}; 0 turns it off. */
    public Adam clipvalue(double value) {
        setClipvalue(value);
        return this;
    }

    /** Returns beta1. */
    public double beta1() {
        return beta1;
    }

    /** Returns beta2. */
    public double beta2() {
        return beta2;
    }

    /** Returns epsilon. */
    public double epsilon() {
        return epsilon;
    }

    /** Returns whether AMSGrad is used. */
    public boolean amsgrad() {
        return amsgrad;
    }

    @Override
    protected int slotCount() {
        return amsgrad ? 3 : 2;
    }

    @Override
    protected void update(
            Backend backend, int index, Tensor param, Tensor grad, double rate, long step) {
        double lrT = rate * Math.sqrt(1 - Math.pow(beta2, step)) / (1 - Math.pow(beta1, step));
        Tensor[] state = slots(index);
        Tensor vHat = amsgrad ? state[2] : null;
        backend.adamUpdate(param, grad, state[0], state[1], vHat, lrT, beta1, beta2, epsilon);
    }
}

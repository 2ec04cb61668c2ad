package org.jkeras.optimizers;

import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * Adamax, the infinity-norm variant of Adam; Keras 2.2.4 defaults: lr 0.002, beta1 0.9, beta2
 * 0.999, epsilon 1e-7, decay 0. Step {@code t} (from 1): {@code m = beta1 * m + (1 - beta1) * g; u
 * = max(beta2 * u, |g|); p -= lr / (1 - beta1^t) * m / (u + epsilon)}.
 */
public final class Adamax extends OptimizerBase {

    private double beta1 = 0.9;
    private double beta2 = 0.999;
    private double epsilon = 1e-7;

    /** Creates Adamax with the Keras defaults. */
    public Adamax() {
        super("adamax", 0.002);
    }

    /** Sets the learning rate, Keras's {@code lr}. */
    public Adamax lr(double value) {
        setLr(value);
        return this;
    }

    /** Sets the learning rate; the Keras 2.3 name of {@link #lr(double)}. */
    public Adamax learningRate(double value) {
        return lr(value);
    }

    /** Sets the time decay of the learning rate, {@code lr / (1 + decay * iterations)}. */
    public Adamax decay(double value) {
        setDecay(value);
        return this;
    }

    /**
     * Sets the global-norm clipping threshold: gradients are scaled by {@code clipnorm / max(norm,
     * clipnorm)}, {@code norm} being the L2 norm over all gradients; 0 turns it off.
     */
    public Adamax clipnorm(double value) {
        setClipnorm(value);
        return this;
    }

    /** Sets the element-wise clipping to {@code [-clipvalue, clipvalue]}; 0 turns it off. */
    public Adamax clipvalue(double value) {
        setClipvalue(value);
        return this;
    }

    /** Sets the decay of the first-moment average, in [0, 1). */
    public Adamax beta1(double value) {
        beta1 = checkUnitInterval("beta1", value);
        return this;
    }

    /** Sets the decay of the infinity norm, in [0, 1). */
    public Adamax beta2(double value) {
        beta2 = checkUnitInterval("beta2", value);
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

    /** Sets the fuzz factor added to the denominator. */
    public Adamax epsilon(double value) {
        epsilon = checkNonNegative("epsilon", value);
        return this;
    }

    /** Returns epsilon. */
    public double epsilon() {
        return epsilon;
    }

    @Override
    protected int slotCount() {
        return 2;
    }

    @Override
    protected void update(
            Backend backend, int index, Tensor param, Tensor grad, double rate, long step) {
        double lrT = rate / (1 - Math.pow(beta1, step));
        Tensor m = slots(index)[0];
        Tensor u = slots(index)[1];
        try (UpdateScope s = new UpdateScope(backend)) {
            Tensor newM = s.movingAverage(m, beta1, grad);
            Tensor newU = s.maximum(s.mul(u, beta2), s.abs(grad));
            s.assign(m, newM);
            s.assign(u, newU);
            Tensor delta = s.div(s.mul(newM, lrT), s.add(newU, epsilon));
            s.assign(param, s.sub(param, delta));
        }
    }
}

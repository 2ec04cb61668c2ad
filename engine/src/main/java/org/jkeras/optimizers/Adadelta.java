package org.jkeras.optimizers;

import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * Adadelta, Keras 2.2.4 defaults: lr 1.0, rho 0.95, epsilon 1e-7, decay 0. With {@code a} the
 * average of squared gradients and {@code d} that of squared updates, both starting at 0: {@code a
 * = rho * a + (1 - rho) * g^2; u = g * sqrt(d + eps) / sqrt(a + eps); p -= lr * u; d = rho * d + (1
 * - rho) * u^2}.
 */
public final class Adadelta extends OptimizerBase {

    private double rho = 0.95;
    private double epsilon = 1e-7;

    /** Creates Adadelta with the Keras defaults. */
    public Adadelta() {
        super("adadelta", 1.0);
    }

    /** Sets the learning rate, Keras's {@code lr}. */
    public Adadelta lr(double value) {
        setLr(value);
        return this;
    }

    /** Sets the learning rate; the Keras 2.3 name of {@link #lr(double)}. */
    public Adadelta learningRate(double value) {
        return lr(value);
    }

    /** Sets the time decay of the learning rate, {@code lr / (1 + decay * iterations)}. */
    public Adadelta decay(double value) {
        setDecay(value);
        return this;
    }

    /**
     * Sets the global-norm clipping threshold: gradients are scaled by {@code clipnorm / max(norm,
     * clipnorm)}, {@code norm} being the L2 norm over all gradients; 0 turns it off.
     */
    public Adadelta clipnorm(double value) {
        setClipnorm(value);
        return this;
    }

    /** Sets the element-wise clipping to {@code [-clipvalue, clipvalue]}; 0 turns it off. */
    public Adadelta clipvalue(double value) {
        setClipvalue(value);
        return this;
    }

    /** Sets the decay of both averages, in [0, 1). */
    public Adadelta rho(double value) {
        rho = checkUnitInterval("rho", value);
        return this;
    }

    /** Returns rho. */
    public double rho() {
        return rho;
    }

    /** Sets the fuzz factor added to the denominator. */
    public Adadelta epsilon(double value) {
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
        Tensor accumulator = slots(index)[0];
        Tensor deltaAccumulator = slots(index)[1];
        try (UpdateScope s = new UpdateScope(backend)) {
            Tensor newAccumulator = s.movingAverage(accumulator, rho, s.square(grad));
            s.assign(accumulator, newAccumulator);
            // The update uses the new gradient average and the old update average.
            Tensor delta =
                    s.div(
                            s.mul(grad, s.sqrt(s.add(deltaAccumulator, epsilon))),
                            s.sqrt(s.add(newAccumulator, epsilon)));
            s.assign(param, s.sub(param, s.mul(delta, rate)));
            s.assign(deltaAccumulator, s.movingAverage(deltaAccumulator, rho, s.square(delta)));
        }
    }
}

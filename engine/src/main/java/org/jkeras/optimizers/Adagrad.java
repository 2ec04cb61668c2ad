package org.jkeras.optimizers;

import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * Adagrad, Keras 2.2.4 defaults: lr 0.01, epsilon 1e-7, decay 0. The accumulator starts at 0 and
 * the update is {@code a += g^2; p -= lr * g / (sqrt(a) + epsilon)}.
 */
public final class Adagrad extends OptimizerBase {

    private double epsilon = 1e-7;

    /** Creates Adagrad with the Keras defaults. */
    public Adagrad() {
        super("adagrad", 0.01);
    }

    /** Sets the learning rate, Keras's {@code lr}. */
    public Adagrad lr(double value) {
        setLr(value);
        return this;
    }

    /** Sets the learning rate; the Keras 2.3 name of {@link #lr(double)}. */
    public Adagrad learningRate(double value) {
        return lr(value);
    }

    /** Sets the time decay of the learning rate, {@code lr / (1 + decay * iterations)}. */
    public Adagrad decay(double value) {
        setDecay(value);
        return this;
    }

    /**
     * Sets the global-norm clipping threshold: gradients are scaled by {@code clipnorm / max(norm,
     * clipnorm)}, {@code norm} being the L2 norm over all gradients; 0 turns it off.
     */
    public Adagrad clipnorm(double value) {
        setClipnorm(value);
        return this;
    }

    /** Sets the element-wise clipping to {@code [-clipvalue, clipvalue]}; 0 turns it off. */
    public Adagrad clipvalue(double value) {
        setClipvalue(value);
        return this;
    }

    /** Sets the fuzz factor added to the denominator. */
    public Adagrad epsilon(double value) {
        epsilon = checkNonNegative("epsilon", value);
        return this;
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
        try (UpdateScope s = new UpdateScope(backend)) {
            Tensor newAccumulator = s.add(accumulator, s.square(grad));
            s.assign(accumulator, newAccumulator);
            Tensor delta = s.div(s.mul(grad, rate), s.add(s.sqrt(newAccumulator), epsilon));
            s.assign(param, s.sub(param, delta));
        }
    }
}

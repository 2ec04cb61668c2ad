package org.jkeras.optimizers;

import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * Nesterov Adam; Keras 2.2.4 defaults: lr 0.002, beta1 0.9, beta2 0.999, epsilon 1e-7, schedule
 * decay 0.004 (Nadam takes no time decay). Step {@code t} (from 1) uses the momentum schedule
 * {@code mu_t = beta1 * (1 - 0.5 * 0.96^(t * scheduleDecay))} and its running product {@code prod_t
 * = mu_1 * ... * mu_t}:
 *
 * <pre>{@code
 * m = beta1 * m + (1 - beta1) * g;     v = beta2 * v + (1 - beta2) * g^2
 * mBar = (1 - mu_t) * g / (1 - prod_t) + mu_{t+1} * m / (1 - prod_t * mu_{t+1})
 * p -= lr * mBar / (sqrt(v / (1 - beta2^t)) + epsilon)
 * }</pre>
 */
public final class Nadam extends OptimizerBase {

    private double beta1 = 0.9;
    private double beta2 = 0.999;
    private double epsilon = 1e-7;
    private double scheduleDecay = 0.004;
    private double schedule = 1;
    private long scheduleStep;
    private double momentumT;
    private double momentumNext;
    private double scheduleNew;
    private double scheduleNext;

    /** Creates Nadam with the Keras defaults. */
    public Nadam() {
        super("nadam", 0.002);
    }

    /** Sets the learning rate, Keras's {@code lr}. */
    public Nadam lr(double value) {
        setLr(value);
        return this;
    }

    /** Sets the learning rate; the Keras 2.3 name of {@link #lr(double)}. */
    public Nadam learningRate(double value) {
        return lr(value);
    }

    /**
     * Sets the global-norm clipping threshold: gradients are scaled by {@code clipnorm / max(norm,
     * clipnorm)}, {@code norm} being the L2 norm over all gradients; 0 turns it off.
     */
    public Nadam clipnorm(double value) {
        setClipnorm(value);
        return this;
    }

    /** Sets the element-wise clipping to {@code [-clipvalue, clipvalue]}; 0 turns it off. */
    public Nadam clipvalue(double value) {
        setClipvalue(value);
        return this;
    }

    /** Sets the decay of the first-moment average, in [0, 1). */
    public Nadam beta1(double value) {
        beta1 = checkUnitInterval("beta1", value);
        return this;
    }

    /** Sets the decay of the second-moment average, in [0, 1). */
    public Nadam beta2(double value) {
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
    public Nadam epsilon(double value) {
        epsilon = checkNonNegative("epsilon", value);
        return this;
    }

    /** Returns epsilon. */
    public double epsilon() {
        return epsilon;
    }

    /** Sets the decay of the momentum schedule, a number >= 0. */
    public Nadam scheduleDecay(double value) {
        scheduleDecay = checkNonNegative("scheduleDecay", value);
        return this;
    }

    /** Returns the decay of the momentum schedule. */
    public double scheduleDecay() {
        return scheduleDecay;
    }

    private double momentumAt(long t) {
        return beta1 * (1 - 0.5 * Math.pow(0.96, t * scheduleDecay));
    }

    @Override
    protected int slotCount() {
        return 2;
    }

    @Override
    protected void prepareStep(long step) {
        // The running product is Keras's m_schedule variable; it is rebuilt from the iteration
        // count when that count was restored by setWeights rather than reached step by step.
        if (scheduleStep != step - 1) {
            schedule = 1;
            for (long t = 1; t < step; t++) {
                schedule *= momentumAt(t);
            }
        }
        momentumT = momentumAt(step);
        momentumNext = momentumAt(step + 1);
        scheduleNew = schedule * momentumT;
        scheduleNext = schedule * momentumT * momentumNext;
        schedule = scheduleNew;
        scheduleStep = step;
    }

    @Override
    protected void update(
            Backend backend, int index, Tensor param, Tensor grad, double rate, long step) {
        Tensor m = slots(index)[0];
        Tensor v = slots(index)[1];
        try (UpdateScope s = new UpdateScope(backend)) {
            Tensor gPrime = s.div(grad, 1 - scheduleNew);
            Tensor newM = s.movingAverage(m, beta1, grad);
            Tensor mPrime = s.div(newM, 1 - scheduleNext);
            Tensor newV = s.movingAverage(v, beta2, s.square(grad));
            Tensor vPrime = s.div(newV, 1 - Math.pow(beta2, step));
            Tensor mBar = s.add(s.mul(gPrime, 1 - momentumT), s.mul(mPrime, momentumNext));
            s.assign(m, newM);
            s.assign(v, newV);
            Tensor delta = s.div(s.mul(mBar, rate), s.add(s.sqrt(vPrime), epsilon));
            s.assign(param, s.sub(param, delta));
        }
    }
}

package org.jkeras.optimizers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jkeras.Optimizer;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * The state and bookkeeping shared by the Keras 2.2.4 optimizers: the base learning rate with its
 * time decay {@code lr / (1 + decay * iterations)}, gradient clipping ({@code clipnorm} over the
 * global norm of all gradients, then {@code clipvalue} per element), the iteration count, and
 * per-weight slot tensors (momenta, accumulators) created on the backend at the first update and
 * owned here.
 *
 * <p>{@link #getWeights()} and {@link #setWeights(List)} read and restore that state in Keras's
 * order: the iteration count, then each kind of slot over every parameter.
 */
public abstract class OptimizerBase implements Optimizer {

    private final String name;
    private double lr;
    private double decay;
    private double clipnorm;
    private double clipvalue;
    private long iterations;
    private final SlotStore slots = new SlotStore();

    /** Creates an optimizer named {@code name} with base rate {@code lr}. */
    protected OptimizerBase(String name, double lr) {
        this.name = Objects.requireNonNull(name, "name");
        this.lr = checkNonNegative("lr", lr);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final double learningRate() {
        return lr;
    }

    /** Returns the base learning rate, Keras's {@code lr}. */
    public final double lr() {
        return lr;
    }

    /** Returns the time decay of the learning rate. */
    public final double decay() {
        return decay;
    }

    /** Returns the global-norm clipping threshold; 0 means no clipping. */
    public final double clipnorm() {
        return clipnorm;
    }

    /** Returns the element-wise clipping threshold; 0 means no clipping. */
    public final double clipvalue() {
        return clipvalue;
    }

    /** Returns how many updates {@link #apply} has made. */
    public long iterations() {
        return iterations;
    }

    /**
     * Updates {@code params} in place from {@code grads} (same order, same shapes): clips the
     * gradients if asked, applies the update rule, then increments {@link #iterations()}. The
     * caller's gradient tensors are not changed.
     *
     * @throws IllegalArgumentException if the lists differ in length, a shape differs, or the
     *     parameters are not those of earlier updates; nothing is changed then
     */
    public void apply(Backend backend, List<Tensor> params, List<Tensor> grads) {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(grads, "grads");
        checkGradients(params, grads);
        slots.prepare(backend, params, slotCount());
        List<Tensor> clipped = GradientClipping.clip(backend, grads, clipnorm, clipvalue);
        try {
            List<Tensor> used = clipped == null ? grads : clipped;
            double rate = lr / (1 + decay * iterations);
            prepareStep(iterations + 1);
            for (int i = 0; i < params.size(); i++) {
                update(backend, i, params.get(i), used.get(i), rate, iterations + 1);
            }
            iterations++;
        } finally {
            if (clipped != null) {
                clipped.forEach(Tensor::close);
            }
        }
    }

    private static void checkGradients(List<Tensor> params, List<Tensor> grads) {
        if (params.size() != grads.size()) {
            throw new IllegalArgumentException(
                    "grads must have one tensor per parameter ("
                            + params.size()
                            + "). Received: "
                            + grads.size());
        }
        for (int i = 0; i < params.size(); i++) {
            int[] paramShape = params.get(i).shape();
            int[] gradShape = grads.get(i).shape();
            if (!Arrays.equals(paramShape, gradShape)) {
                throw new IllegalArgumentException(
                        "grads["
                                + i
                                + "] must have the shape of its parameter "
                                + Arrays.toString(paramShape)
                                + ". Received: "
                                + Arrays.toString(gradShape));
            }
        }
    }

    /**
     * Returns the optimizer's state as host arrays, in Keras's order: the iteration count (an int32
     * scalar), then each kind of slot over every parameter (for Adam: every {@code m}, then every
     * {@code v}, then every {@code vhat} with AMSGrad). Before the first update it holds the
     * iteration count alone, plus any slot values set by {@link #setWeights}.
     */
    public List<NDArray> getWeights() {
        List<NDArray> weights = new ArrayList<>();
        weights.add(NDArray.of(new int[] {Math.toIntExact(iterations)}, new int[0]));
        weights.addAll(slots.toHost());
        return weights;
    }

    /**
     * Restores state read by {@link #getWeights()}: the iteration count, then the slots. A list
     * holding the iteration count alone drops the slots, so the next update starts them from zeros,
     * as a fresh optimizer does. Values set before the first update wait for it, and are checked
     * against the parameters then.
     *
     * @throws IllegalArgumentException if the list is empty, the count is not a whole number >= 0,
     *     or the slot arrays do not fit; the optimizer is unchanged then
     */
    public void setWeights(List<NDArray> weights) {
        Objects.requireNonNull(weights, "weights");
        if (weights.isEmpty()) {
            throw new IllegalArgumentException(
                    "weights must start with the iteration count. Received: an empty list");
        }
        long count = iterationCount(weights.get(0));
        List<NDArray> slotValues = weights.subList(1, weights.size());
        for (int i = 0; i < slotValues.size(); i++) {
            NDArray value = Objects.requireNonNull(slotValues.get(i), "weights[" + (i + 1) + "]");
            if (value.dtype() != DType.FLOAT32) {
                throw new IllegalArgumentException(
                        "weights[" + (i + 1) + "] must be float32. Received: " + value.dtype());
            }
        }
        slots.restore(slotValues, slotCount());
        iterations = count;
    }

    private static long iterationCount(NDArray first) {
        Objects.requireNonNull(first, "weights[0]");
        if (first.size() != 1) {
            throw new IllegalArgumentException(
                    "weights[0] must be the iteration count, a scalar. Received: shape "
                            + Arrays.toString(first.shape()));
        }
        double value =
                first.dtype() == DType.INT32 ? first.toIntArray()[0] : first.toFloatArray()[0];
        if (!(value >= 0) || value != Math.rint(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    "weights[0] must be the iteration count, a whole number >= 0. Received: "
                            + value);
        }
        return (long) value;
    }

    /** Closes every slot tensor; the next {@link #apply} starts them from zeros. */
    public void release() {
        slots.release();
    }

    /**
     * Computes what every parameter's update of step {@code step} (1-based) shares; called once per
     * step before the first {@link #update}. Does nothing unless overridden.
     */
    protected void prepareStep(long step) {}

    /** Returns how many slot tensors the update rule keeps per parameter, with its settings now. */
    protected abstract int slotCount();

    /**
     * Applies one step to parameter {@code index}.
     *
     * @param grad the gradient, already clipped
     * @param rate the learning rate after time decay
     * @param step the 1-based number of this update, Adam's {@code t}
     */
    protected abstract void update(
            Backend backend, int index, Tensor param, Tensor grad, double rate, long step);

    /** Returns the {@link #slotCount()} slot tensors of parameter {@code index}. */
    protected final Tensor[] slots(int index) {
        return slots.get(index);
    }

    /** Sets the base learning rate; for subclasses' fluent setters. */
    protected final void setLr(double value) {
        lr = checkNonNegative("lr", value);
    }

    /** Sets the time decay; for subclasses' fluent setters. */
    protected final void setDecay(double value) {
        decay = checkNonNegative("decay", value);
    }

    /** Sets the global-norm clipping threshold; for subclasses' fluent setters. */
    protected final void setClipnorm(double value) {
        clipnorm = checkNonNegative("clipnorm", value);
    }

    /** Sets the element-wise clipping threshold; for subclasses' fluent setters. */
    protected final void setClipvalue(double value) {
        clipvalue = checkNonNegative("clipvalue", value);
    }

    static double checkNonNegative(String argument, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    argument + " must be a finite number. Received: " + value);
        }
        if (value < 0) {
            throw new IllegalArgumentException(argument + " must be >= 0. Received: " + value);
        }
        return value;
    }

    static double checkUnitInterval(String argument, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(argument + " must be in [0, 1). Received: " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return name
                + "(lr="
                + lr
                + ", decay="
                + decay
                + ", clipnorm="
                + clipnorm
                + ", clipvalue="
                + clipvalue
                + ")";
    }
}

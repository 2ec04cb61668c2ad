package org.jkeras.optimizers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jkeras.Optimizer;
import org.jkeras.ndarray.DType;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * The state and bookkeeping shared by the Keras 2.2.4 optimizers: the base learning rate with its
 * time decay {@code lr / (1 + decay * iterations)}, the iteration count, and per-weight slot
 * tensors (momentum, accumulators) created lazily on the backend and owned here.
 */
public abstract class OptimizerBase implements Optimizer {

    private final String name;
    private double lr;
    private double decay;
    private long iterations;
    private final List<Tensor[]> slots = new ArrayList<>();
    private final List<int[]> slotShapes = new ArrayList<>();

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

    /** Returns how many updates {@link #apply} has made. */
    public long iterations() {
        return iterations;
    }

    /**
     * Updates {@code params} in place from {@code grads} (same order, same shapes) with the
     * backend's fused update ops, then increments {@link #iterations()}.
     *
     * @throws IllegalArgumentException if the lists differ in length or a shape differs
     */
    public void apply(Backend backend, List<Tensor> params, List<Tensor> grads) {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(grads, "grads");
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
        double rate = lr / (1 + decay * iterations);
        for (int i = 0; i < params.size(); i++) {
            update(backend, i, params.get(i), grads.get(i), rate, iterations + 1);
        }
        iterations++;
    }

    /** Closes every slot tensor; the next {@link #apply} starts from fresh state. */
    public void release() {
        for (Tensor[] perParam : slots) {
            for (Tensor slot : perParam) {
                if (slot != null) {
                    slot.close();
                }
            }
        }
        slots.clear();
        slotShapes.clear();
    }

    /**
     * Applies one step to parameter {@code index}.
     *
     * @param rate the learning rate after time decay
     * @param step the 1-based number of this update, Adam's {@code t}
     */
    protected abstract void update(
            Backend backend, int index, Tensor param, Tensor grad, double rate, long step);

    /**
     * Returns the {@code count} slot tensors of parameter {@code index}, zeros of its shape made on
     * first use.
     */
    protected final Tensor[] slots(Backend backend, int index, Tensor param, int count) {
        while (slots.size() <= index) {
            slots.add(null);
            slotShapes.add(null);
        }
        int[] shape = param.shape();
        Tensor[] existing = slots.get(index);
        if (existing != null
                && existing.length == count
                && Arrays.equals(slotShapes.get(index), shape)) {
            return existing;
        }
        if (existing != null) {
            throw new IllegalArgumentException(
                    "params["
                            + index
                            + "] must keep the shape "
                            + Arrays.toString(slotShapes.get(index))
                            + " it had in earlier updates. Received: "
                            + Arrays.toString(shape));
        }
        Tensor[] created = new Tensor[count];
        for (int i = 0; i < count; i++) {
            created[i] = backend.full(shape, DType.FLOAT32, 0);
        }
        slots.set(index, created);
        slotShapes.set(index, shape);
        return created;
    }

    /** Sets the base learning rate; for subclasses' fluent setters. */
    protected final void setLr(double value) {
        lr = checkNonNegative("lr", value);
    }

    /** Sets the time decay; for subclasses' fluent setters. */
    protected final void setDecay(double value) {
        decay = checkNonNegative("decay", value);
    }

    static double checkNonNegative(String argument, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    argument + " must be a finite number >= 0. Received: " + value);
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
        return name + "(lr=" + lr + ", decay=" + decay + ")";
    }
}

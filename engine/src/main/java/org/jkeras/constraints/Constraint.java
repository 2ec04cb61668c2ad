package org.jkeras.constraints;

import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * A projection applied to a weight after each optimizer update, as a Keras constraint. Layers take
 * one for their kernel or bias:
 *
 * <pre>{@code
 * model.add(new Dense(64).kernelConstraint(Constraints.maxNorm(2, 0)));
 * }</pre>
 */
public interface Constraint {

    /** Returns the Keras name, such as {@code max_norm}. */
    String name();

    /**
     * Checks that the constraint can apply to a weight of {@code shape}; the layer calls it when it
     * creates the weight, so that a bad axis fails before training starts.
     *
     * @throws IllegalArgumentException if it cannot
     */
    void checkShape(int[] shape);

    /** Returns the projection of {@code weight}, a new tensor that the caller closes. */
    Tensor apply(Backend backend, Tensor weight);
}

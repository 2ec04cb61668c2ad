package org.jkeras.autodiff;

import org.jkeras.spi.Tensor;

/**
 * A value on a {@link GradientTape}: a leaf given to {@link GradientTape#watch} or {@link
 * GradientTape#constant}, or the output of an op the tape recorded.
 *
 * <p>The tensor of an op output belongs to the tape and is closed with it; a leaf's tensor stays
 * with whoever passed it in.
 */
public final class Variable {

    private final GradientTape tape;
    private final Tensor value;
    private final int[] shape;
    private final boolean requiresGradient;

    Variable(GradientTape tape, Tensor value, boolean requiresGradient) {
        this.tape = tape;
        this.value = value;
        this.shape = value.shape();
        this.requiresGradient = requiresGradient;
    }

    /** Returns the tensor holding this value; owned by the tape unless this is a leaf. */
    public Tensor value() {
        return value;
    }

    /** Returns a copy of the shape. */
    public int[] shape() {
        return shape.clone();
    }

    /** Returns whether a gradient flows to this value from some watched leaf. */
    public boolean requiresGradient() {
        return requiresGradient;
    }

    GradientTape tape() {
        return tape;
    }

    int rank() {
        return shape.length;
    }
}

package org.jkeras.activations;

import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;

/** An element-wise (or, for softmax, last-axis) activation recorded on a gradient tape. */
public interface ActivationFunction {

    /** Returns the Keras name, such as {@code relu}. */
    String name();

    /** Applies the activation to {@code x}, recording it on {@code tape}. */
    Variable apply(GradientTape tape, Variable x);
}

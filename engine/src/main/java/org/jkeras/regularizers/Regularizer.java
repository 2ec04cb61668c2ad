package org.jkeras.regularizers;

import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;

/**
 * A penalty on a weight or on a layer's output, added to the model's loss, as a Keras regularizer.
 * Layers take one for their kernel, bias or output:
 *
 * <pre>{@code
 * model.add(new Dense(64).kernelRegularizer(Regularizers.l2(0.01)));
 * }</pre>
 */
public interface Regularizer {

    /** Returns the Keras name, such as {@code l1_l2}. */
    String name();

    /** Returns the penalty of {@code x} as a scalar recorded on {@code tape}. */
    Variable apply(GradientTape tape, Variable x);
}

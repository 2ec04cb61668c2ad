package org.jkeras.layers;

import java.util.List;
import org.jkeras.autodiff.Variable;

/**
 * Keras's {@code InputLayer}: an explicit first layer that declares the shape of one input sample
 * and passes its input through.
 *
 * <pre>{@code
 * model.add(new InputLayer(784));
 * model.add(new Dense(32));
 * }</pre>
 *
 * <p>As in Keras 2.2.4, a Sequential model does not list it among its layers (nor in {@code
 * summary()}, nor to {@code getLayer}); it only fixes the input shape. Its default name is {@code
 * input_1}, {@code input_2}, ...
 */
public final class InputLayer extends ShapePreservingLayer {

    /**
     * Creates the layer for samples of {@code inputShape} (without the batch axis).
     *
     * @throws IllegalArgumentException if the shape is empty or has a dimension that is not
     *     positive
     */
    public InputLayer(int... inputShape) {
        setInputShape(inputShape);
    }

    /** Sets the layer's name, which must be unique within its model. */
    public InputLayer name(String value) {
        setName(value);
        return this;
    }

    @Override
    public String keyword() {
        return "input";
    }

    @Override
    public Variable call(ForwardPass pass, List<Variable> weights, Variable input) {
        return input;
    }
}

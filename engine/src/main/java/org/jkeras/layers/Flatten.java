package org.jkeras.layers;

import java.util.List;
import org.jkeras.autodiff.Variable;
import org.jkeras.ndarray.NDArray;
import org.jkeras.ndarray.Shapes;
import org.jkeras.random.SeededRandom;

/**
 * Keras's {@code Flatten} layer: turns each sample into a vector, keeping the batch dimension, so
 * {@code [batch, 4, 5]} becomes {@code [batch, 20]}.
 *
 * <pre>{@code
 * model.add(new Flatten().inputShape(28, 28));
 * }</pre>
 */
public final class Flatten extends BaseLayer {

    /** Creates the layer. */
    public Flatten() {}

    /** Sets the layer's name, which must be unique within its model. */
    public Flatten name(String value) {
        setName(value);
        return this;
    }

    /** Declares the shape of one input sample, when this is the first layer of a model. */
    public Flatten inputShape(int... shape) {
        setInputShape(shape);
        return this;
    }

    @Override
    public String keyword() {
        return "flatten";
    }

    @Override
    public int[] computeOutputShape(int[] inputShape) {
        if (inputShape.length == 0) {
            throw new IllegalArgumentException(
                    "inputShape of a Flatten layer must have at least one dimension. Received: []");
        }
        return new int[] {Shapes.size(inputShape)};
    }

    @Override
    protected List<NDArray> createWeights(int[] inputShape, SeededRandom random) {
        return List.of();
    }

    @Override
    public Variable call(ForwardPass pass, List<Variable> weights, Variable input) {
        int[] shape = input.shape();
        if (shape.length == 2) {
            return input;
        }
        int batch = shape[0];
        int features = batch == 0 ? Shapes.size(outputShape()) : Shapes.size(shape) / batch;
        return pass.tape().reshape(input, new int[] {batch, features});
    }
}

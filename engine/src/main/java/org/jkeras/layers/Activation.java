package org.jkeras.layers;

import java.util.List;
import org.jkeras.activations.ActivationFunction;
import org.jkeras.activations.Activations;
import org.jkeras.autodiff.Variable;
import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;

/**
 * Keras's {@code Activation} layer: applies an activation function, by Keras name or as a function
 * with arguments, to its input.
 *
 * <pre>{@code
 * model.add(new Activation("relu"));
 * model.add(new Activation(Activations.elu(0.5)));
 * }</pre>
 */
public final class Activation extends BaseLayer {

    private final ActivationFunction function;

    /**
     * Creates the layer.
     *
     * @throws IllegalArgumentException if the name is unknown
     */
    public Activation(String name) {
        this.function = Activations.get(name);
    }

    /**
     * Creates the layer from an activation function, such as {@code Activations.softmax(1)} or
     * {@code Activations.relu(0.1, 6.0, 0)}.
     *
     * @throws IllegalArgumentException if {@code function} is null
     */
    public Activation(ActivationFunction function) {
        this.function = requireNonNull(function, "function");
    }

    /** Returns the name of the activation function. */
    public String activation() {
        return function.name();
    }

    /** Sets the layer's name, which must be unique within its model. */
    public Activation name(String value) {
        setName(value);
        return this;
    }

    /** Declares the shape of one input sample, when this is the first layer of a model. */
    public Activation inputShape(int... shape) {
        setInputShape(shape);
        return this;
    }

    @Override
    public String keyword() {
        return "activation";
    }

    @Override
    public int[] computeOutputShape(int[] inputShape) {
        return inputShape.clone();
    }

    @Override
    protected List<NDArray> createWeights(int[] inputShape, SeededRandom random) {
        return List.of();
    }

    @Override
    public Variable call(ForwardPass pass, List<Variable> weights, Variable input) {
        return function.apply(pass.tape(), input);
    }
}

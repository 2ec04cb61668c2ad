package org.jkeras.layers;

import java.util.List;
import org.jkeras.activations.ActivationFunction;
import org.jkeras.activations.Activations;
import org.jkeras.autodiff.Variable;

/**
 * Keras's {@code LeakyReLU} layer: {@code x} for positive inputs, {@code alpha * x} otherwise
 * (Keras 2.2.4 computes {@code max(alpha * x, x)}).
 *
 * <pre>{@code
 * model.add(new LeakyReLU(0.1));
 * }</pre>
 */
public final class LeakyReLU extends ShapePreservingLayer {

    private final double alpha;
    private final ActivationFunction function;

    /** Creates the layer with Keras's default slope, 0.3. */
    public LeakyReLU() {
        this(0.3);
    }

    /**
     * Creates the layer with slope {@code alpha} below zero.
     *
     * @throws IllegalArgumentException if {@code alpha} is not finite
     */
    public LeakyReLU(double alpha) {
        this.alpha = requireFinite(alpha, "alpha");
        this.function = Activations.relu(alpha, null, 0);
    }

    /** Returns the slope below zero. */
    public double alpha() {
        return alpha;
    }

    /** Sets the layer's name, which must be unique within its model. */
    public LeakyReLU name(String value) {
        setName(value);
        return this;
    }

    /** Declares the shape of one input sample, when this is the first layer of a model. */
    public LeakyReLU inputShape(int... shape) {
        setInputShape(shape);
        return this;
    }

    @Override
    public String keyword() {
        return "leaky_re_lu";
    }

    @Override
    public Variable call(ForwardPass pass, List<Variable> weights, Variable input) {
        return function.apply(pass.tape(), input);
    }
}

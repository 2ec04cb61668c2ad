package org.jkeras.layers;

import java.util.List;
import org.jkeras.activations.ActivationFunction;
import org.jkeras.activations.Activations;
import org.jkeras.autodiff.Variable;

/**
 * Keras's {@code ELU} layer: {@code x} for positive inputs, {@code alpha * (e^x - 1)} otherwise.
 *
 * <pre>{@code
 * model.add(new ELU(0.5));
 * }</pre>
 */
public final class ELU extends ShapePreservingLayer {

    private final double alpha;
    private final ActivationFunction function;

    /** Creates the layer with Keras's default scale, 1.0. */
    public ELU() {
        this(1.0);
    }

    /**
     * Creates the layer with scale {@code alpha} for the negative part.
     *
     * @throws IllegalArgumentException if {@code alpha} is not finite
     */
    public ELU(double alpha) {
        this.alpha = requireFinite(alpha, "alpha");
        this.function = Activations.elu(alpha);
    }

    /** Returns the scale of the negative part. */
    public double alpha() {
        return alpha;
    }

    /** Sets the layer's name, which must be unique within its model. */
    public ELU name(String value) {
        setName(value);
        return this;
    }

    /** Declares the shape of one input sample, when this is the first layer of a model. */
    public ELU inputShape(int... shape) {
        setInputShape(shape);
        return this;
    }

    @Override
    public String keyword() {
        return "elu";
    }

    @Override
    public Variable call(ForwardPass pass, List<Variable> weights, Variable input) {
        return function.apply(pass.tape(), input);
    }
}

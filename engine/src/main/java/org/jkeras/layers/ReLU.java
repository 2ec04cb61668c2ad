package org.jkeras.layers;

import java.util.List;
import org.jkeras.activations.ActivationFunction;
import org.jkeras.activations.Activations;
import org.jkeras.autodiff.Variable;

/**
 * Keras's {@code ReLU} layer: {@code max_value} for inputs at or above it, the input for {@code
 * threshold <= x < max_value}, and {@code negative_slope * (x - threshold)} below the threshold,
 * computed as Keras 2.2.4's {@code K.relu}.
 *
 * <pre>{@code
 * model.add(new ReLU());              // max(x, 0)
 * model.add(new ReLU(6.0, 0, 0));    // ReLU6
 * }</pre>
 */
public final class ReLU extends ShapePreservingLayer {

    private final Double maxValue;
    private final double negativeSlope;
    private final double threshold;
    private final ActivationFunction function;

    /** Creates the plain rectifier {@code max(x, 0)}. */
    public ReLU() {
        this(null, 0, 0);
    }

    /**
     * Creates the layer.
     *
     * @param maxValue the saturation value, or null for none
     * @param negativeSlope the slope below the threshold
     * @param threshold the value below which the output leaves the identity
     * @throws IllegalArgumentException if {@code maxValue} or {@code negativeSlope} is negative, or
     *     an argument is not finite
     */
    public ReLU(Double maxValue, double negativeSlope, double threshold) {
        if (maxValue != null && !(requireFinite(maxValue, "maxValue") >= 0)) {
            throw new IllegalArgumentException(
                    "maxValue must be >= 0 or null. Received: " + maxValue);
        }
        if (!(requireFinite(negativeSlope, "negativeSlope") >= 0)) {
            throw new IllegalArgumentException(
                    "negativeSlope must be >= 0. Received: " + negativeSlope);
        }
        this.maxValue = maxValue;
        this.negativeSlope = negativeSlope;
        this.threshold = requireFinite(threshold, "threshold");
        this.function = Activations.relu(negativeSlope, maxValue, threshold);
    }

    /** Returns the saturation value, or null for none. */
    public Double maxValue() {
        return maxValue;
    }

    /** Returns the slope below the threshold. */
    public double negativeSlope() {
        return negativeSlope;
    }

    /** Returns the threshold. */
    public double threshold() {
        return threshold;
    }

    /** Sets the layer's name, which must be unique within its model. */
    public ReLU name(String value) {
        setName(value);
        return this;
    }

    /** Declares the shape of one input sample, when this is the first layer of a model. */
    public ReLU inputShape(int... shape) {
        setInputShape(shape);
        return this;
    }

    @Override
    public String keyword() {
        return "re_lu";
    }

    @Override
    public Variable call(ForwardPass pass, List<Variable> weights, Variable input) {
        return function.apply(pass.tape(), input);
    }
}

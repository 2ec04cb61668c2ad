package org.jkeras.layers;

import java.util.List;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;

/**
 * Keras's {@code ThresholdedReLU} layer: {@code x} where {@code x > theta}, else 0.
 *
 * <pre>{@code
 * model.add(new ThresholdedReLU(0.7));
 * }</pre>
 */
public final class ThresholdedReLU extends ShapePreservingLayer {

    private final double theta;

    /** Creates the layer with Keras's default threshold, 1.0. */
    public ThresholdedReLU() {
        this(1.0);
    }

    /**
     * Creates the layer with threshold {@code theta}.
     *
     * @throws IllegalArgumentException if {@code theta} is not finite
     */
    public ThresholdedReLU(double theta) {
        this.theta = requireFinite(theta, "theta");
    }

    /** Returns the threshold. */
    public double theta() {
        return theta;
    }

    /** Sets the layer's name, which must be unique within its model. */
    public ThresholdedReLU name(String value) {
        setName(value);
        return this;
    }

    /** Declares the shape of one input sample, when this is the first layer of a model. */
    public ThresholdedReLU inputShape(int... shape) {
        setInputShape(shape);
        return this;
    }

    @Override
    public String keyword() {
        return "thresholded_re_lu";
    }

    @Override
    public Variable call(ForwardPass pass, List<Variable> weights, Variable input) {
        GradientTape tape = pass.tape();
        Variable limit = tape.scalar(theta);
        // The mask is a constant, as Keras's cast of a comparison, so the gradient is the mask.
        Variable mask =
                tape.ownedConstant(
                        tape.backend().compare(CompareOp.GREATER, input.value(), limit.value()));
        return tape.binary(BinaryOp.MUL, input, mask);
    }
}

package org.jkeras.layers;

import java.util.List;
import org.jkeras.activations.ActivationFunction;
import org.jkeras.activations.Activations;
import org.jkeras.autodiff.Variable;

/**
 * Keras's {@code Softmax} layer: Keras 2.2.4's {@code softmax(x, axis)}. As there, a batch of
 * vectors (rank 2 with the batch axis) is normalized over its last axis whatever {@code axis} says,
 * and samples of higher rank over {@code axis}.
 *
 * <pre>{@code
 * model.add(new Softmax());
 * }</pre>
 */
public final class Softmax extends ShapePreservingLayer {

    private final int axis;
    private final ActivationFunction function;

    /** Creates the layer over the last axis. */
    public Softmax() {
        this(-1);
    }

    /** Creates the layer over {@code axis} of the batch (0 is the batch axis, -1 the last). */
    public Softmax(int axis) {
        this.axis = axis;
        this.function = Activations.softmax(axis);
    }

    /** Returns the axis. */
    public int axis() {
        return axis;
    }

    /** Sets the layer's name, which must be unique within its model. */
    public Softmax name(String value) {
        setName(value);
        return this;
    }

    /** Declares the shape of one input sample, when this is the first layer of a model. */
    public Softmax inputShape(int... shape) {
        setInputShape(shape);
        return this;
    }

    @Override
    public String keyword() {
        return "softmax";
    }

    @Override
    public int[] computeOutputShape(int[] inputShape) {
        int rank = inputShape.length + 1;
        if (rank > 2 && (axis < -rank || axis >= rank)) {
            throw new IllegalArgumentException(
                    "axis of a Softmax layer must be in ["
                            + -rank
                            + ", "
                            + rank
                            + ") for batches of rank "
                            + rank
                            + ". Received: "
                            + axis);
        }
        return inputShape.clone();
    }

    @Override
    public Variable call(ForwardPass pass, List<Variable> weights, Variable input) {
        return function.apply(pass.tape(), input);
    }
}

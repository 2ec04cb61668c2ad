package org.jkeras.layers;

import java.util.Arrays;
import java.util.List;
import org.jkeras.autodiff.Variable;
import org.jkeras.ndarray.NDArray;
import org.jkeras.ndarray.Shapes;
import org.jkeras.random.SeededRandom;

/**
 * Keras's {@code Reshape} layer: gives each sample the {@code targetShape}, keeping the batch axis;
 * one dimension may be -1, to be inferred from the sample's size.
 *
 * <pre>{@code
 * model.add(new Reshape(3, 4).inputShape(12));
 * model.add(new Reshape(-1, 2, 2));
 * }</pre>
 */
public final class Reshape extends BaseLayer {

    private final int[] targetShape;

    /**
     * Creates the layer.
     *
     * @throws IllegalArgumentException if {@code targetShape} is empty, has a dimension that is
     *     neither positive nor -1, or more than one -1
     */
    public Reshape(int... targetShape) {
        requireNonNull(targetShape, "targetShape");
        if (targetShape.length == 0) {
            throw new IllegalArgumentException(
                    "targetShape must have at least one dimension. Received: []");
        }
        int unknown = 0;
        for (int dim : targetShape) {
            if (dim == 0 || dim < -1) {
                throw new IllegalArgumentException(
                        "targetShape dimensions must be positive or -1. Received: "
                                + Arrays.toString(targetShape));
            }
            unknown += dim == -1 ? 1 : 0;
        }
        if (unknown > 1) {
            throw new IllegalArgumentException(
                    "targetShape can have only one unknown dimension (-1). Received: "
                            + Arrays.toString(targetShape));
        }
        this.targetShape = targetShape.clone();
    }

    /** Returns the target shape as given, with -1 for an inferred dimension. */
    public int[] targetShape() {
        return targetShape.clone();
    }

    /** Sets the layer's name, which must be unique within its model. */
    public Reshape name(String value) {
        setName(value);
        return this;
    }

    /** Declares the shape of one input sample, when this is the first layer of a model. */
    public Reshape inputShape(int... shape) {
        setInputShape(shape);
        return this;
    }

    @Override
    public String keyword() {
        return "reshape";
    }

    @Override
    public int[] computeOutputShape(int[] inputShape) {
        int original = Shapes.size(inputShape);
        int known = 1;
        int unknownAt = -1;
        for (int i = 0; i < targetShape.length; i++) {
            if (targetShape[i] == -1) {
                unknownAt = i;
            } else {
                known *= targetShape[i];
            }
        }
        int[] output = targetShape.clone();
        if (unknownAt >= 0 && original % known == 0) {
            output[unknownAt] = original / known;
        } else if (unknownAt >= 0 || known != original) {
            throw new IllegalArgumentException(
                    "targetShape must keep the size of a sample: samples of shape "
                            + Arrays.toString(inputShape)
                            + " hold "
                            + original
                            + " values. Received: "
                            + Arrays.toString(targetShape));
        }
        return output;
    }

    @Override
    protected List<NDArray> createWeights(int[] inputShape, SeededRandom random) {
        return List.of();
    }

    @Override
    public Variable call(ForwardPass pass, List<Variable> weights, Variable input) {
        int[] sample = outputShape();
        int[] shape = new int[sample.length + 1];
        shape[0] = input.shape()[0];
        System.arraycopy(sample, 0, shape, 1, sample.length);
        return pass.tape().reshape(input, shape);
    }
}

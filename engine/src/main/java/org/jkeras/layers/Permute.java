package org.jkeras.layers;

import java.util.Arrays;
import java.util.List;
import org.jkeras.autodiff.Variable;
import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;

/**
 * Keras's {@code Permute} layer: reorders the axes of each sample. {@code dims} numbers the
 * sample's axes from 1, as Keras does (the batch axis is 0 and stays first): {@code Permute(2, 1)}
 * swaps the two axes of matrix samples.
 *
 * <pre>{@code
 * model.add(new Permute(2, 1).inputShape(10, 64));   // output samples are (64, 10)
 * }</pre>
 */
public final class Permute extends BaseLayer {

    private final int[] dims;

    /**
     * Creates the layer.
     *
     * @throws IllegalArgumentException if {@code dims} is not a permutation of {@code 1..n}
     */
    public Permute(int... dims) {
        requireNonNull(dims, "dims");
        int[] sorted = dims.clone();
        Arrays.sort(sorted);
        boolean permutation = dims.length > 0;
        for (int i = 0; i < sorted.length; i++) {
            permutation &= sorted[i] == i + 1;
        }
        if (!permutation) {
            throw new IllegalArgumentException(
                    "dims must be a permutation of 1.."
                            + Math.max(1, dims.length)
                            + " (axes of a sample, numbered from 1). Received: "
                            + Arrays.toString(dims));
        }
        this.dims = dims.clone();
    }

    /** Returns the permutation, numbered from 1. */
    public int[] dims() {
        return dims.clone();
    }

    /** Sets the layer's name, which must be unique within its model. */
    public Permute name(String value) {
        setName(value);
        return this;
    }

    /** Declares the shape of one input sample, when this is the first layer of a model. */
    public Permute inputShape(int... shape) {
        setInputShape(shape);
        return this;
    }

    @Override
    public String keyword() {
        return "permute";
    }

    @Override
    public int[] computeOutputShape(int[] inputShape) {
        if (inputShape.length != dims.length) {
            throw new IllegalArgumentException(
                    "inputShape of a Permute layer with dims "
                            + Arrays.toString(dims)
                            + " must have "
                            + dims.length
                            + " dimensions. Received: "
                            + Arrays.toString(inputShape));
        }
        int[] output = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            output[i] = inputShape[dims[i] - 1];
        }
        return output;
    }

    @Override
    protected List<NDArray> createWeights(int[] inputShape, SeededRandom random) {
        return List.of();
    }

    @Override
    public Variable call(ForwardPass pass, List<Variable> weights, Variable input) {
        int[] permutation = new int[dims.length + 1];
        System.arraycopy(dims, 0, permutation, 1, dims.length);
        return pass.tape().transpose(input, permutation);
    }
}

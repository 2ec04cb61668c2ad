package org.jkeras.layers;

import java.util.Arrays;
import java.util.List;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.ndarray.NDArray;
import org.jkeras.ndarray.Shapes;
import org.jkeras.random.SeededRandom;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.Tensor;

/**
 * Keras's {@code Dropout} layer: while training, sets each input unit to zero with probability
 * {@code rate} and scales the kept ones by {@code 1 / (1 - rate)} (inverted dropout); outside
 * training it is the identity.
 *
 * <pre>{@code
 * model.add(new Dropout(0.5));
 * model.add(new Dropout(0.2).noiseShape(-1, 1, -1));   // one mask for every time step
 * }</pre>
 *
 * <p>The mask is drawn on the host from the model's generator, so a seeded model drops the same
 * units on every backend; Keras's {@code seed} argument is therefore the model's seed.
 */
public final class Dropout extends BaseLayer {

    private final double rate;
    private int[] noiseShape;

    /**
     * Creates the layer.
     *
     * @throws IllegalArgumentException if {@code rate} is not in [0, 1)
     */
    public Dropout(double rate) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("rate must be in [0, 1). Received: " + rate);
        }
        this.rate = rate;
    }

    /** Returns the fraction of units dropped while training. */
    public double rate() {
        return rate;
    }

    /**
     * Sets the shape of the mask, batch axis first, as Keras's {@code noise_shape}: -1 takes the
     * input's dimension (Keras's None), 1 shares one mask value along that axis.
     *
     * @throws IllegalArgumentException if a dimension is neither positive nor -1
     */
    public Dropout noiseShape(int... shape) {
        requireConfigurable();
        requireNonNull(shape, "noiseShape");
        for (int dim : shape) {
            if (dim == 0 || dim < -1) {
                throw new IllegalArgumentException(
                        "noiseShape dimensions must be positive or -1. Received: "
                                + Arrays.toString(shape));
            }
        }
        this.noiseShape = shape.clone();
        return this;
    }

    /** Sets the layer's name, which must be unique within its model. */
    public Dropout name(String value) {
        setName(value);
        return this;
    }

    /** Declares the shape of one input sample, when this is the first layer of a model. */
    public Dropout inputShape(int... shape) {
        setInputShape(shape);
        return this;
    }

    @Override
    public String keyword() {
        return "dropout";
    }

    @Override
    public int[] computeOutputShape(int[] inputShape) {
        if (noiseShape != null) {
            boolean fits = noiseShape.length == inputShape.length + 1;
            for (int i = 1; fits && i < noiseShape.length; i++) {
                int dim = noiseShape[i];
                fits = dim == -1 || dim == 1 || dim == inputShape[i - 1];
            }
            if (!fits) {
                throw new IllegalArgumentException(
                        "noiseShape must have the batch axis and then, per axis of a sample, -1, 1"
                                + " or the sample's dimension, for samples of shape "
                                + Arrays.toString(inputShape)
                                + ". Received: "
                                + Arrays.toString(noiseShape));
            }
        }
        return inputShape.clone();
    }

    @Override
    protected List<NDArray> createWeights(int[] inputShape, SeededRandom random) {
        return List.of();
    }

    @Override
    public Variable call(ForwardPass pass, List<Variable> weights, Variable input) {
        // Keras applies dropout only for 0 < rate < 1, so rate 0 draws nothing.
        if (!pass.training() || rate == 0) {
            return input;
        }
        int[] shape = maskShape(input.shape());
        float scale = (float) (1 / (1 - rate));
        float[] mask = pass.random().keepMask(Shapes.size(shape), rate, scale);
        GradientTape tape = pass.tape();
        Tensor maskTensor = pass.own(pass.backend().fromHost(NDArray.of(mask, shape)));
        return tape.binary(BinaryOp.MUL, input, tape.constant(maskTensor));
    }

    private int[] maskShape(int[] inputShape) {
        if (noiseShape == null) {
            return inputShape;
        }
        int[] shape = noiseShape.clone();
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == -1) {
                shape[i] = inputShape[i];
            }
        }
        if (shape[0] != 1 && shape[0] != inputShape[0]) {
            throw new IllegalArgumentException(
                    "noiseShape's batch dimension must be -1, 1 or the batch size "
                            + inputShape[0]
                            + ". Received: "
                            + Arrays.toString(noiseShape));
        }
        return shape;
    }
}

package org.jkeras.layers;

import java.util.List;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.ndarray.NDArray;
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
 * }</pre>
 *
 * <p>The mask is drawn on the host from the model's generator, so a seeded model drops the same
 * units on every backend.
 */
public final class Dropout extends BaseLayer {

    private final double rate;

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
        int[] shape = input.shape();
        float[] draws = pass.random().uniform(shape, 0, 1).toFloatArray();
        float scale = (float) (1 / (1 - rate));
        float[] mask = new float[draws.length];
        for (int i = 0; i < draws.length; i++) {
            mask[i] = draws[i] >= rate ? scale : 0f;
        }
        GradientTape tape = pass.tape();
        Tensor maskTensor = pass.own(pass.backend().fromHost(NDArray.of(mask, shape)));
        return tape.binary(BinaryOp.MUL, input, tape.constant(maskTensor));
    }
}

package org.jkeras.layers;

import java.util.Arrays;
import java.util.List;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;
import org.jkeras.spi.BinaryOp;

/**
 * Keras's {@code RepeatVector} layer: repeats each vector sample {@code n} times, so {@code (batch,
 * features)} becomes {@code (batch, n, features)}.
 *
 * <pre>{@code
 * model.add(new Dense(32).inputDim(32));
 * model.add(new RepeatVector(3));   // output samples are (3, 32)
 * }</pre>
 */
public final class RepeatVector extends BaseLayer {

    private final int n;

    /**
     * Creates the layer.
     *
     * @throws IllegalArgumentException if {@code n} is not positive
     */
    public RepeatVector(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive. Received: " + n);
        }
        this.n = n;
    }

    /** Returns the number of repetitions. */
    public int n() {
        return n;
    }

    /** Sets the layer's name, which must be unique within its model. */
    public RepeatVector name(String value) {
        setName(value);
        return this;
    }

    /** Declares the shape of one input sample, when this is the first layer of a model. */
    public RepeatVector inputShape(int... shape) {
        setInputShape(shape);
        return this;
    }

    @Override
    public String keyword() {
        return "repeat_vector";
    }

    @Override
    public int[] computeOutputShape(int[] inputShape) {
        if (inputShape.length != 1) {
            throw new IllegalArgumentException(
                    "inputShape of a RepeatVector layer must have one dimension (vector"
                            + " samples). Received: "
                            + Arrays.toString(inputShape));
        }
        return new int[] {n, inputShape[0]};
    }

    @Override
    protected List<NDArray> createWeights(int[] inputShape, SeededRandom random) {
        return List.of();
    }

    @Override
    public Variable call(ForwardPass pass, List<Variable> weights, Variable input) {
        GradientTape tape = pass.tape();
        int[] shape = input.shape();
        Variable column = tape.reshape(input, new int[] {shape[0], 1, shape[1]});
        // Broadcasting against ones repeats the vector; the gradient sums the n copies back.
        Variable ones =
                tape.ownedConstant(tape.backend().full(new int[] {1, n, 1}, DType.FLOAT32, 1));
        return tape.binary(BinaryOp.MUL, column, ones);
    }
}

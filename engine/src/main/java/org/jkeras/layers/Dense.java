package org.jkeras.layers;

import java.util.Arrays;
import java.util.List;
import org.jkeras.activations.ActivationFunction;
import org.jkeras.activations.Activations;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.initializers.Initializer;
import org.jkeras.initializers.Initializers;
import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;

/**
 * Keras's densely connected layer: {@code output = activation(input . kernel + bias)} over the last
 * axis of the input, whatever its rank.
 *
 * <pre>{@code
 * model.add(new Dense(32).inputShape(500));
 * model.add(new Dense(10).activation("softmax"));
 * }</pre>
 *
 * <p>Weights, in Keras's order: the kernel {@code [inputDim, units]}, then the bias {@code [units]}
 * unless {@link #useBias(boolean)} turned it off.
 */
public final class Dense extends BaseLayer {

    private final int units;
    private ActivationFunction activation = Activations.get("linear");
    private boolean useBias = true;
    private Initializer kernelInitializer = Initializers.get("glorot_uniform");
    private Initializer biasInitializer = Initializers.get("zeros");

    /**
     * Creates a layer with {@code units} outputs, a linear activation, a bias, a Glorot-uniform
     * kernel and a zero bias.
     *
     * @throws IllegalArgumentException if {@code units} is not positive
     */
    public Dense(int units) {
        if (units <= 0) {
            throw new IllegalArgumentException("units must be positive. Received: " + units);
        }
        this.units = units;
    }

    /** Returns the number of outputs. */
    public int units() {
        return units;
    }

    /** Sets the activation by Keras name ({@code relu}, {@code softmax}, ...); null is linear. */
    public Dense activation(String name) {
        requireConfigurable();
        this.activation = Activations.get(name);
        return this;
    }

    /** Sets whether the layer adds a bias. */
    public Dense useBias(boolean value) {
        requireConfigurable();
        this.useBias = value;
        return this;
    }

    /** Sets how the kernel is initialized, by Keras name such as {@code glorot_uniform}. */
    public Dense kernelInitializer(String name) {
        requireConfigurable();
        this.kernelInitializer = Initializers.get(name);
        return this;
    }

    /** Sets how the bias is initialized, by Keras name such as {@code zeros}. */
    public Dense biasInitializer(String name) {
        requireConfigurable();
        this.biasInitializer = Initializers.get(name);
        return this;
    }

    /** Sets the layer's name, which must be unique within its model. */
    public Dense name(String value) {
        setName(value);
        return this;
    }

    /** Declares the shape of one input sample; required on the first layer of a model. */
    public Dense inputShape(int... shape) {
        setInputShape(shape);
        return this;
    }

    @Override
    public String keyword() {
        return "dense";
    }

    @Override
    public int[] computeOutputShape(int[] inputShape) {
        if (inputShape.length == 0) {
            throw new IllegalArgumentException(
                    "inputShape of a Dense layer must have at least one dimension. Received: []");
        }
        int[] output = inputShape.clone();
        output[output.length - 1] = units;
        return output;
    }

    @Override
    protected List<NDArray> createWeights(int[] inputShape, SeededRandom random) {
        int inputDim = inputShape[inputShape.length - 1];
        NDArray kernel = kernelInitializer.generate(new int[] {inputDim, units}, random);
        if (!useBias) {
            return List.of(kernel);
        }
        return List.of(kernel, biasInitializer.generate(new int[] {units}, random));
    }

    @Override
    public Variable call(ForwardPass pass, List<Variable> weights, Variable input) {
        GradientTape tape = pass.tape();
        Variable kernel = weights.get(0);
        Variable bias = useBias ? weights.get(1) : null;
        int[] shape = input.shape();
        if (shape.length == 2) {
            return activation.apply(tape, tape.dense(input, kernel, bias));
        }
        // The tape's dense is specified on matrices; other ranks go through one.
        int inputDim = shape[shape.length - 1];
        int rows = rowsOf(shape);
        Variable flat = tape.reshape(input, new int[] {rows, inputDim});
        Variable product = tape.dense(flat, kernel, bias);
        int[] outputShape = shape.clone();
        outputShape[outputShape.length - 1] = units;
        return activation.apply(tape, tape.reshape(product, outputShape));
    }

    private static int rowsOf(int[] shape) {
        return Arrays.stream(shape, 0, shape.length - 1).reduce(1, (a, b) -> a * b);
    }
}

package org.jkeras.layers;

import java.util.Arrays;
import java.util.List;
import org.jkeras.activations.ActivationFunction;
import org.jkeras.activations.Activations;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.constraints.Constraint;
import org.jkeras.constraints.Constraints;
import org.jkeras.initializers.Initializer;
import org.jkeras.initializers.Initializers;
import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;
import org.jkeras.regularizers.Regularizer;
import org.jkeras.regularizers.Regularizers;
import org.jkeras.spi.Backend;

/**
 * Keras's densely connected layer: {@code output = activation(input . kernel + bias)} over the last
 * axis of the input, whatever its rank, so {@code (samples, timesteps, features)} gives one output
 * per step.
 *
 * <pre>{@code
 * model.add(new Dense(32).inputShape(500));
 * model.add(new Dense(10).activation("softmax").kernelRegularizer(Regularizers.l2(0.01)));
 * }</pre>
 *
 * <p>Weights, in Keras's order: the kernel {@code [inputDim, units]}, then the bias {@code [units]}
 * unless {@link #useBias(boolean)} turned it off. Regularizers add their penalty to the model's
 * loss on every pass; constraints project the weights after every optimizer update.
 */
public final class Dense extends BaseLayer {

    private final int units;
    private ActivationFunction activation = Activations.get("linear");
    private boolean useBias = true;
    private Initializer kernelInitializer = Initializers.get("glorot_uniform");
    private Initializer biasInitializer = Initializers.get("zeros");
    private Regularizer kernelRegularizer;
    private Regularizer biasRegularizer;
    private Regularizer activityRegularizer;
    private Constraint kernelConstraint;
    private Constraint biasConstraint;

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

    /** Sets the activation, such as {@code Activations.relu(0.1, 6.0, 0)}; null is linear. */
    public Dense activation(ActivationFunction function) {
        requireConfigurable();
        this.activation = function == null ? Activations.get("linear") : function;
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
        return kernelInitializer(Initializers.get(name));
    }

    /** Sets how the kernel is initialized, such as {@code Initializers.orthogonal(1.0)}. */
    public Dense kernelInitializer(Initializer initializer) {
        requireConfigurable();
        this.kernelInitializer = requireNonNull(initializer, "kernelInitializer");
        return this;
    }

    /** Sets how the bias is initialized, by Keras name such as {@code zeros}. */
    public Dense biasInitializer(String name) {
        return biasInitializer(Initializers.get(name));
    }

    /** Sets how the bias is initialized, such as {@code Initializers.constant(0.1)}. */
    public Dense biasInitializer(Initializer initializer) {
        requireConfigurable();
        this.biasInitializer = requireNonNull(initializer, "biasInitializer");
        return this;
    }

    /** Sets the penalty on the kernel, such as {@code Regularizers.l2(0.01)}; null for none. */
    public Dense kernelRegularizer(Regularizer regularizer) {
        requireConfigurable();
        this.kernelRegularizer = regularizer;
        return this;
    }

    /** Sets the penalty on the kernel by Keras name ({@code l1}, {@code l2}, {@code l1_l2}). */
    public Dense kernelRegularizer(String name) {
        return kernelRegularizer(Regularizers.get(name));
    }

    /** Sets the penalty on the bias; null for none. */
    public Dense biasRegularizer(Regularizer regularizer) {
        requireConfigurable();
        this.biasRegularizer = regularizer;
        return this;
    }

    /** Sets the penalty on the bias by Keras name ({@code l1}, {@code l2}, {@code l1_l2}). */
    public Dense biasRegularizer(String name) {
        return biasRegularizer(Regularizers.get(name));
    }

    /**
     * Sets the penalty on the layer's output (after the activation), summed over the batch as in
     * Keras 2.2.4; null for none.
     */
    public Dense activityRegularizer(Regularizer regularizer) {
        requireConfigurable();
        this.activityRegularizer = regularizer;
        return this;
    }

    /** Sets the penalty on the output by Keras name ({@code l1}, {@code l2}, {@code l1_l2}). */
    public Dense activityRegularizer(String name) {
        return activityRegularizer(Regularizers.get(name));
    }

    /** Sets the projection of the kernel after each update, such as {@code maxNorm(2, 0)}. */
    public Dense kernelConstraint(Constraint constraint) {
        requireConfigurable();
        this.kernelConstraint = constraint;
        return this;
    }

    /** Sets the projection of the kernel by Keras name, such as {@code max_norm}. */
    public Dense kernelConstraint(String name) {
        return kernelConstraint(Constraints.get(name));
    }

    /** Sets the projection of the bias after each update; null for none. */
    public Dense biasConstraint(Constraint constraint) {
        requireConfigurable();
        this.biasConstraint = constraint;
        return this;
    }

    /** Sets the projection of the bias by Keras name, such as {@code non_neg}. */
    public Dense biasConstraint(String name) {
        return biasConstraint(Constraints.get(name));
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

    /** Declares vector samples of {@code dim} features, as Keras's {@code input_dim}. */
    public Dense inputDim(int dim) {
        setInputShape(new int[] {dim});
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
        int[] kernelShape = {inputDim, units};
        int[] biasShape = {units};
        if (kernelConstraint != null) {
            kernelConstraint.checkShape(kernelShape);
        }
        if (useBias && biasConstraint != null) {
            biasConstraint.checkShape(biasShape);
        }
        NDArray kernel = kernelInitializer.generate(kernelShape, random);
        if (!useBias) {
            return List.of(kernel);
        }
        return List.of(kernel, biasInitializer.generate(biasShape, random));
    }

    @Override
    public Variable call(ForwardPass pass, List<Variable> weights, Variable input) {
        GradientTape tape = pass.tape();
        Variable kernel = weights.get(0);
        Variable bias = useBias ? weights.get(1) : null;
        if (kernelRegularizer != null) {
            pass.addLoss(kernelRegularizer.apply(tape, kernel));
        }
        if (bias != null && biasRegularizer != null) {
            pass.addLoss(biasRegularizer.apply(tape, bias));
        }
        Variable output = activation.apply(tape, affine(tape, input, kernel, bias));
        if (activityRegularizer != null) {
            pass.addLoss(activityRegularizer.apply(tape, output));
        }
        return output;
    }

    @Override
    public void applyConstraints(Backend backend) {
        constrain(backend, 0, kernelConstraint);
        if (useBias) {
            constrain(backend, 1, biasConstraint);
        }
    }

    private Variable affine(GradientTape tape, Variable input, Variable kernel, Variable bias) {
        int[] shape = input.shape();
        if (shape.length == 2) {
            return tape.dense(input, kernel, bias);
        }
        // The tape's dense is specified on matrices; other ranks go through one.
        int inputDim = shape[shape.length - 1];
        int rows = Arrays.stream(shape, 0, shape.length - 1).reduce(1, (a, b) -> a * b);
        Variable flat = tape.reshape(input, new int[] {rows, inputDim});
        Variable product = tape.dense(flat, kernel, bias);
        int[] outputShape = shape.clone();
        outputShape[outputShape.length - 1] = units;
        return tape.reshape(product, outputShape);
    }
}

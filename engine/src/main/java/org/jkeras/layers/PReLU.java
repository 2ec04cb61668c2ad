package org.jkeras.layers;

import java.util.Arrays;
import java.util.List;
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
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.UnaryOp;

/**
 * Keras's {@code PReLU} layer: {@code relu(x) - alpha * relu(-x)}, with {@code alpha} a trained
 * weight of the sample's shape, or of size 1 along the {@code sharedAxes}.
 *
 * <pre>{@code
 * model.add(new PReLU().sharedAxes(1, 2).inputShape(28, 28, 16));
 * }</pre>
 *
 * <p>One weight, {@code alpha}, initialized to zeros unless {@link #alphaInitializer(Initializer)}
 * says otherwise.
 */
public final class PReLU extends BaseLayer {

    private Initializer alphaInitializer = Initializers.zeros();
    private Regularizer alphaRegularizer;
    private Constraint alphaConstraint;
    private int[] sharedAxes = new int[0];

    /** Creates the layer with a zero-initialized alpha shared along no axis. */
    public PReLU() {}

    /** Sets how alpha is initialized, by Keras name such as {@code zeros}. */
    public PReLU alphaInitializer(String name) {
        return alphaInitializer(Initializers.get(name));
    }

    /** Sets how alpha is initialized, such as {@code Initializers.constant(0.25)}. */
    public PReLU alphaInitializer(Initializer initializer) {
        requireConfigurable();
        this.alphaInitializer = requireNonNull(initializer, "alphaInitializer");
        return this;
    }

    /** Sets the penalty on alpha, added to the model's loss; null for none. */
    public PReLU alphaRegularizer(Regularizer regularizer) {
        requireConfigurable();
        this.alphaRegularizer = regularizer;
        return this;
    }

    /** Sets the penalty on alpha by Keras name ({@code l1}, {@code l2}, {@code l1_l2}). */
    public PReLU alphaRegularizer(String name) {
        return alphaRegularizer(Regularizers.get(name));
    }

    /** Sets the projection of alpha after each update; null for none. */
    public PReLU alphaConstraint(Constraint constraint) {
        requireConfigurable();
        this.alphaConstraint = constraint;
        return this;
    }

    /** Sets the projection of alpha by Keras name, such as {@code non_neg}. */
    public PReLU alphaConstraint(String name) {
        return alphaConstraint(Constraints.get(name));
    }

    /**
     * Sets the axes along which alpha is shared, numbered as Keras does: 1 is the first axis of a
     * sample (0 being the batch axis).
     *
     * @throws IllegalArgumentException if an axis is below 1 or repeated
     */
    public PReLU sharedAxes(int... axes) {
        requireConfigurable();
        requireNonNull(axes, "sharedAxes");
        int[] sorted = axes.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] < 1 || (i > 0 && sorted[i] == sorted[i - 1])) {
                throw new IllegalArgumentException(
                        "sharedAxes must be distinct axes >= 1 (1 is the first axis of a sample)."
                                + " Received: "
                                + Arrays.toString(axes));
            }
        }
        this.sharedAxes = axes.clone();
        return this;
    }

    /** Sets the layer's name, which must be unique within its model. */
    public PReLU name(String value) {
        setName(value);
        return this;
    }

    /** Declares the shape of one input sample, when this is the first layer of a model. */
    public PReLU inputShape(int... shape) {
        setInputShape(shape);
        return this;
    }

    @Override
    public String keyword() {
        return "p_re_lu";
    }

    @Override
    public int[] computeOutputShape(int[] inputShape) {
        for (int axis : sharedAxes) {
            if (axis > inputShape.length) {
                throw new IllegalArgumentException(
                        "sharedAxes of a PReLU layer must be in [1, "
                                + inputShape.length
                                + "] for samples of shape "
                                + Arrays.toString(inputShape)
                                + ". Received: "
                                + Arrays.toString(sharedAxes));
            }
        }
        return inputShape.clone();
    }

    @Override
    protected List<NDArray> createWeights(int[] inputShape, SeededRandom random) {
        int[] alphaShape = inputShape.clone();
        for (int axis : sharedAxes) {
            alphaShape[axis - 1] = 1;
        }
        if (alphaConstraint != null) {
            alphaConstraint.checkShape(alphaShape);
        }
        return List.of(alphaInitializer.generate(alphaShape, random));
    }

    @Override
    public Variable call(ForwardPass pass, List<Variable> weights, Variable input) {
        GradientTape tape = pass.tape();
        Variable alpha = weights.get(0);
        if (alphaRegularizer != null) {
            pass.addLoss(alphaRegularizer.apply(tape, alpha));
        }
        Variable positive = tape.unary(UnaryOp.RELU, input);
        Variable negative = tape.unary(UnaryOp.RELU, tape.unary(UnaryOp.NEG, input));
        return tape.binary(BinaryOp.SUB, positive, tape.binary(BinaryOp.MUL, alpha, negative));
    }

    @Override
    public void applyConstraints(Backend backend) {
        constrain(backend, 0, alphaConstraint);
    }
}

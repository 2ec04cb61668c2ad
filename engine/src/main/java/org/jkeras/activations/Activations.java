package org.jkeras.activations;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.UnaryOp;

/**
 * The Keras 2.2.4 activations, by name with their defaults and as factories for those that take
 * arguments. Each records its ops on a {@link GradientTape}, so gradients flow through it.
 *
 * <pre>{@code
 * Variable hidden = Activations.get("relu").apply(tape, preActivation);
 * Variable capped = Activations.relu(0.1, 6.0, 0).apply(tape, preActivation);
 * }</pre>
 */
public final class Activations {

    private static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    private static final double SELU_SCALE = 1.0507009873554804934193349852946;

    private static final Map<String, ActivationFunction> BY_NAME = new TreeMap<>();

    static {
        register(of("linear", (tape, x) -> x));
        register(relu(0, null, 0));
        register(of("sigmoid", (tape, x) -> tape.unary(UnaryOp.SIGMOID, x)));
        register(of("tanh", (tape, x) -> tape.unary(UnaryOp.TANH, x)));
        register(softmax(-1));
        register(of("hard_sigmoid", Activations::hardSigmoid));
        register(of("softplus", Activations::softplus));
        register(of("softsign", Activations::softsign));
        register(of("exponential", (tape, x) -> tape.unary(UnaryOp.EXP, x)));
        register(elu(1));
        register(of("selu", Activations::selu));
    }

    private Activations() {}

    /**
     * Returns the activation of a Keras name with its Keras defaults; null means {@code linear},
     * the identity.
     *
     * @throws IllegalArgumentException if the name is unknown, listing the known ones
     */
    public static ActivationFunction get(String name) {
        if (name == null) {
            return BY_NAME.get("linear");
        }
        ActivationFunction function = BY_NAME.get(name);
        if (function == null) {
            throw new IllegalArgumentException(
                    "activation: unknown name '"
                            + name
                            + "'; known: "
                            + String.join(", ", names()));
        }
        return function;
    }

    /** Returns the names {@link #get} accepts, sorted. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /**
     * Returns Keras 2.2.4's {@code softmax(x, axis)}. As in Keras 2.2.4, an input of rank 2 is
     * normalized over its last axis whatever {@code axis} says; higher ranks use {@code axis}; a
     * rank-1 input is rejected when the function is applied.
     */
    public static ActivationFunction softmax(int axis) {
        return of("softmax", (tape, x) -> softmax(tape, x, axis));
    }

    /**
     * Returns Keras 2.2.4's {@code elu(x, alpha)}: {@code x} where {@code x > 0}, else {@code alpha
     * * (e^x - 1)}.
     *
     * @throws IllegalArgumentException if {@code alpha} is not finite
     */
    public static ActivationFunction elu(double alpha) {
        requireFinite("alpha", alpha);
        return of("elu", (tape, x) -> exponentialLinear(tape, x, alpha));
    }

    /**
     * Returns Keras 2.2.4's {@code relu(x, alpha, max_value, threshold)}: {@code x} for {@code
     * threshold < x}, capped at {@code maxValue} when it is not null, and {@code alpha * (x -
     * threshold)} below the threshold. With the defaults {@code (0, null, 0)} it is {@code max(x,
     * 0)}.
     *
     * @param alpha the slope below the threshold
     * @param maxValue the saturation value, or null for none
     * @param threshold the value below which the output leaves the identity
     * @throws IllegalArgumentException if an argument is not finite
     */
    public static ActivationFunction relu(double alpha, Double maxValue, double threshold) {
        requireFinite("alpha", alpha);
        if (maxValue != null) {
            requireFinite("maxValue", maxValue);
        }
        requireFinite("threshold", threshold);
        return of("relu", (tape, x) -> RectifiedLinear.apply(tape, x, alpha, maxValue, threshold));
    }

    private static Variable softmax(GradientTape tape, Variable x, int axis) {
        int rank = x.shape().length;
        if (rank < 2) {
            throw new IllegalArgumentException(
                    "softmax needs an input of rank 2 or more. Received shape of rank " + rank);
        }
        if (rank == 2) {
            return tape.softmax(x, -1);
        }
        if (axis < -rank || axis >= rank) {
            throw new IllegalArgumentException(
                    "axis of softmax must be in ["
                            + -rank
                            + ", "
                            + rank
                            + ") for an input of rank "
                            + rank
                            + ". Received: "
                            + axis);
        }
        return tape.softmax(x, axis);
    }

    /** Keras 2.2.4's piecewise-linear sigmoid: {@code clip(0.2 * x + 0.5, 0, 1)}. */
    private static Variable hardSigmoid(GradientTape tape, Variable x) {
        Variable scaled = tape.binary(BinaryOp.MUL, x, tape.scalar(0.2));
        Variable shifted = tape.binary(BinaryOp.ADD, scaled, tape.scalar(0.5));
        Variable floored = tape.binary(BinaryOp.MAXIMUM, shifted, tape.scalar(0));
        return tape.binary(BinaryOp.MINIMUM, floored, tape.scalar(1));
    }

    /** {@code log(1 + e^x)}, written as {@code max(x, 0) + log1p(e^-|x|)} to avoid overflow. */
    private static Variable softplus(GradientTape tape, Variable x) {
        Variable positive = tape.unary(UnaryOp.RELU, x);
        Variable negativeMagnitude = tape.unary(UnaryOp.NEG, tape.unary(UnaryOp.ABS, x));
        Variable tail = tape.unary(UnaryOp.LOG1P, tape.unary(UnaryOp.EXP, negativeMagnitude));
        return tape.binary(BinaryOp.ADD, positive, tail);
    }

    private static Variable softsign(GradientTape tape, Variable x) {
        Variable denominator =
                tape.binary(BinaryOp.ADD, tape.unary(UnaryOp.ABS, x), tape.scalar(1));
        return tape.binary(BinaryOp.DIV, x, denominator);
    }

    /** {@code x} where positive, else {@code alpha * (e^x - 1)}. */
    private static Variable exponentialLinear(GradientTape tape, Variable x, double alpha) {
        // The exponential branch sees min(x, 0) so that large positive inputs, which it does not
        // select, cannot overflow and turn the gradient through where() into NaN.
        Variable negativePart = tape.binary(BinaryOp.MINIMUM, x, tape.scalar(0));
        Variable curve =
                tape.binary(
                        BinaryOp.MUL, tape.unary(UnaryOp.EXPM1, negativePart), tape.scalar(alpha));
        Variable zero = tape.scalar(0);
        Variable positive =
                tape.ownedConstant(
                        tape.backend().compare(CompareOp.GREATER, x.value(), zero.value()));
        return tape.where(positive.value(), x, curve);
    }

    private static Variable selu(GradientTape tape, Variable x) {
        return tape.binary(
                BinaryOp.MUL, exponentialLinear(tape, x, SELU_ALPHA), tape.scalar(SELU_SCALE));
    }

    private static void requireFinite(String argument, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    argument + " must be a finite number. Received: " + value);
        }
    }

    private static void register(ActivationFunction function) {
        BY_NAME.put(function.name(), function);
    }

    private static ActivationFunction of(
            String name, BiFunction<GradientTape, Variable, Variable> body) {
        return new ActivationFunction() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Variable apply(GradientTape tape, Variable x) {
                return body.apply(tape, x);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}

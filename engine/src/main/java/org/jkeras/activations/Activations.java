package org.jkeras.activations;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;

/**
 * The Keras 2.2.4 activations by name.
 *
 * <pre>{@code
 * Variable hidden = Activations.get("relu").apply(tape, preActivation);
 * }</pre>
 */
public final class Activations {

    private static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    private static final double SELU_SCALE = 1.0507009873554804934193349852946;

    private static final Map<String, ActivationFunction> BY_NAME = new TreeMap<>();

    static {
        register("linear", (tape, x) -> x);
        register("relu", (tape, x) -> tape.unary(UnaryOp.RELU, x));
        register("sigmoid", (tape, x) -> tape.unary(UnaryOp.SIGMOID, x));
        register("tanh", (tape, x) -> tape.unary(UnaryOp.TANH, x));
        register("softmax", Activations::softmax);
        register("hard_sigmoid", Activations::hardSigmoid);
        register("softplus", Activations::softplus);
        register("softsign", Activations::softsign);
        register("exponential", (tape, x) -> tape.unary(UnaryOp.EXP, x));
        register("elu", (tape, x) -> exponentialLinear(tape, x, 1));
        register("selu", Activations::selu);
    }

    private Activations() {}

    /**
     * Returns the activation of a Keras name; null means {@code linear}, the identity.
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

    private static Variable softmax(GradientTape tape, Variable x) {
        if (x.shape().length < 2) {
            throw new IllegalArgumentException(
                    "softmax needs an input of rank 2 or more. Received shape of rank "
                            + x.shape().length);
        }
        return tape.softmax(x, -1);
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
        Backend backend = tape.backend();
        try (Tensor zero = backend.scalar(0);
                Tensor positive = backend.compare(CompareOp.GREATER, x.value(), zero)) {
            return tape.where(positive, x, curve);
        }
    }

    private static Variable selu(GradientTape tape, Variable x) {
        return tape.binary(
                BinaryOp.MUL, exponentialLinear(tape, x, SELU_ALPHA), tape.scalar(SELU_SCALE));
    }

    private static void register(String name, BiFunction<GradientTape, Variable, Variable> body) {
        BY_NAME.put(
                name,
                new ActivationFunction() {
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
                });
    }
}

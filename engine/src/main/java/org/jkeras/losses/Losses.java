package org.jkeras.losses;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.ndarray.DType;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;

/**
 * Every Keras 2.2.4 loss by name, with the formulas of its TensorFlow backend (for example the
 * cross-entropies clip predictions to {@code [1e-7, 1 - 1e-7]}).
 *
 * <pre>{@code
 * LossFunction loss = Losses.get("categorical_crossentropy");
 * Variable perSample = loss.call(tape, yTrue, yPred);
 * }</pre>
 */
public final class Losses {

    /** Keras's {@code K.epsilon()}. */
    static final double EPSILON = 1e-7;

    private static final Map<String, Function<String, LossFunction>> BY_NAME = new TreeMap<>();

    static {
        register(dense(Losses::meanSquaredError), "mean_squared_error", "mse", "MSE");
        register(dense(Losses::meanAbsoluteError), "mean_absolute_error", "mae", "MAE");
        register(
                dense(Losses::meanAbsolutePercentageError),
                "mean_absolute_percentage_error",
                "mape",
                "MAPE");
        register(
                dense(Losses::meanSquaredLogarithmicError),
                "mean_squared_logarithmic_error",
                "msle",
                "MSLE");
        register(dense(Losses::squaredHinge), "squared_hinge");
        register(dense(Losses::hinge), "hinge");
        register(dense(Losses::categoricalHinge), "categorical_hinge");
        register(dense(Losses::logcosh), "logcosh");
        register(dense(Losses::categoricalCrossentropy), "categorical_crossentropy");
        register(
                name -> new SparseCategoricalCrossentropy(name), "sparse_categorical_crossentropy");
        register(dense(Losses::binaryCrossentropy), "binary_crossentropy");
        register(
                dense(Losses::kullbackLeiblerDivergence),
                "kullback_leibler_divergence",
                "kld",
                "KLD");
        register(dense(Losses::poisson), "poisson");
        register(dense(Losses::cosineProximity), "cosine_proximity", "cosine");
    }

    private Losses() {}

    /**
     * Returns the loss of a Keras name; the instance reports the name as given.
     *
     * @throws IllegalArgumentException if the name is unknown, listing the known ones
     */
    public static LossFunction get(String name) {
        if (name == null) {
            throw new IllegalArgumentException(
                    "loss: expected a name; known: "
                            + String.join(", ", names())
                            + ". Received: null");
        }
        Function<String, LossFunction> factory = BY_NAME.get(name);
        if (factory == null) {
            throw new IllegalArgumentException(
                    "loss: unknown name '" + name + "'; known: " + String.join(", ", names()));
        }
        return factory.apply(name);
    }

    /**
     * Returns the names {@link #get} accepts, lower-case aliases included, sorted; the upper-case
     * Keras aliases ({@code MSE}, {@code MAE}, {@code MAPE}, {@code MSLE}, {@code KLD}) are
     * accepted too but not listed.
     */
    public static List<String> names() {
        return BY_NAME.keySet().stream()
                .filter(name -> !name.equals(name.toUpperCase(Locale.ROOT)))
                .toList();
    }

    /** Returns whether {@code name} names a loss. */
    public static boolean isKnown(String name) {
        return name != null && BY_NAME.containsKey(name);
    }

    private interface Formula {
        Variable apply(GradientTape tape, Variable yTrue, Variable yPred);
    }

    private static void register(Function<String, LossFunction> factory, String... names) {
        for (String name : names) {
            BY_NAME.put(name, factory);
        }
    }

    /** A loss whose targets have the predictions' shape; int32 targets are made float32. */
    private static Function<String, LossFunction> dense(Formula formula) {
        return name ->
                new LossFunction(name) {
                    @Override
                    public Variable call(GradientTape tape, Variable yTrue, Variable yPred) {
                        int[] trueShape = yTrue.shape();
                        int[] predShape = yPred.shape();
                        if (!Arrays.equals(trueShape, predShape)) {
                            throw new IllegalArgumentException(
                                    name
                                            + ": y_true must have the shape of y_pred "
                                            + Arrays.toString(predShape)
                                            + ". Received: "
                                            + Arrays.toString(trueShape));
                        }
                        return formula.apply(tape, asFloat(tape, yTrue), yPred);
                    }
                };
    }

    static Variable asFloat(GradientTape tape, Variable x) {
        if (x.value().dtype() == DType.FLOAT32) {
            return x;
        }
        return tape.ownedConstant(tape.backend().cast(x.value(), DType.FLOAT32));
    }

    private static Variable meanSquaredError(GradientTape t, Variable yTrue, Variable yPred) {
        Variable error = t.binary(BinaryOp.SUB, yPred, yTrue);
        return lastAxis(t, ReduceOp.MEAN, t.unary(UnaryOp.SQUARE, error));
    }

    private static Variable meanAbsoluteError(GradientTape t, Variable yTrue, Variable yPred) {
        Variable error = t.binary(BinaryOp.SUB, yPred, yTrue);
        return lastAxis(t, ReduceOp.MEAN, t.unary(UnaryOp.ABS, error));
    }

    private static Variable meanAbsolutePercentageError(
            GradientTape t, Variable yTrue, Variable yPred) {
        Variable scale = t.binary(BinaryOp.MAXIMUM, t.unary(UnaryOp.ABS, yTrue), t.scalar(EPSILON));
        Variable ratio = t.binary(BinaryOp.DIV, t.binary(BinaryOp.SUB, yTrue, yPred), scale);
        Variable mean = lastAxis(t, ReduceOp.MEAN, t.unary(UnaryOp.ABS, ratio));
        return t.binary(BinaryOp.MUL, mean, t.scalar(100));
    }

    private static Variable meanSquaredLogarithmicError(
            GradientTape t, Variable yTrue, Variable yPred) {
        Variable predLog = logOfClippedPlusOne(t, yPred);
        Variable trueLog = logOfClippedPlusOne(t, yTrue);
        Variable error = t.binary(BinaryOp.SUB, predLog, trueLog);
        return lastAxis(t, ReduceOp.MEAN, t.unary(UnaryOp.SQUARE, error));
    }

    /** {@code log(max(x, eps) + 1)}, summed in float32 before the logarithm as Keras does. */
    private static Variable logOfClippedPlusOne(GradientTape t, Variable x) {
        Variable clipped = t.binary(BinaryOp.MAXIMUM, x, t.scalar(EPSILON));
        return t.unary(UnaryOp.LOG, t.binary(BinaryOp.ADD, clipped, t.scalar(1)));
    }

    private static Variable margin(GradientTape t, Variable yTrue, Variable yPred) {
        Variable product = t.binary(BinaryOp.MUL, yTrue, yPred);
        Variable gap = t.binary(BinaryOp.SUB, t.scalar(1), product);
        return t.binary(BinaryOp.MAXIMUM, gap, t.scalar(0));
    }

    private static Variable squaredHinge(GradientTape t, Variable yTrue, Variable yPred) {
        return lastAxis(t, ReduceOp.MEAN, t.unary(UnaryOp.SQUARE, margin(t, yTrue, yPred)));
    }

    private static Variable hinge(GradientTape t, Variable yTrue, Variable yPred) {
        return lastAxis(t, ReduceOp.MEAN, margin(t, yTrue, yPred));
    }

    private static Variable categoricalHinge(GradientTape t, Variable yTrue, Variable yPred) {
        Variable positive = lastAxis(t, ReduceOp.SUM, t.binary(BinaryOp.MUL, yTrue, yPred));
        Variable others = t.binary(BinaryOp.SUB, t.scalar(1), yTrue);
        Variable negative = lastAxis(t, ReduceOp.MAX, t.binary(BinaryOp.MUL, others, yPred));
        Variable gap = t.binary(BinaryOp.SUB, negative, positive);
        return t.binary(BinaryOp.MAXIMUM, t.binary(BinaryOp.ADD, gap, t.scalar(1)), t.scalar(0));
    }

    /** {@code log(cosh(x)) = x + softplus(-2x) - log 2}, with softplus written stably. */
    private static Variable logcosh(GradientTape t, Variable yTrue, Variable yPred) {
        Variable x = t.binary(BinaryOp.SUB, yPred, yTrue);
        Variable z = t.binary(BinaryOp.MUL, x, t.scalar(-2));
        Variable softplus =
                t.binary(
                        BinaryOp.ADD,
                        t.unary(UnaryOp.RELU, z),
                        t.unary(
                                UnaryOp.LOG1P,
                                t.unary(
                                        UnaryOp.EXP,
                                        t.unary(UnaryOp.NEG, t.unary(UnaryOp.ABS, z)))));
        Variable value =
                t.binary(BinaryOp.SUB, t.binary(BinaryOp.ADD, x, softplus), t.scalar(Math.log(2)));
        return lastAxis(t, ReduceOp.MEAN, value);
    }

    /**
     * Keras 2.2.4 on TensorFlow: scale predictions to sum to 1, clip to {@code [eps, 1 - eps]},
     * then {@code -sum(y_true * log(y_pred))}.
     */
    private static Variable categoricalCrossentropy(
            GradientTape t, Variable yTrue, Variable yPred) {
        Variable total = t.reduce(ReduceOp.SUM, yPred, new int[] {-1}, true);
        Variable scaled = clip(t, t.binary(BinaryOp.DIV, yPred, total), EPSILON, 1 - EPSILON);
        Variable product = t.binary(BinaryOp.MUL, yTrue, t.unary(UnaryOp.LOG, scaled));
        return t.unary(UnaryOp.NEG, lastAxis(t, ReduceOp.SUM, product));
    }

    /** Clip to {@code [eps, 1 - eps]}, then {@code -(y log p + (1 - y) log(1 - p))}, averaged. */
    private static Variable binaryCrossentropy(GradientTape t, Variable yTrue, Variable yPred) {
        Variable p = clip(t, yPred, EPSILON, 1 - EPSILON);
        Variable one = t.scalar(1);
        Variable positive = t.binary(BinaryOp.MUL, yTrue, t.unary(UnaryOp.LOG, p));
        Variable negative =
                t.binary(
                        BinaryOp.MUL,
                        t.binary(BinaryOp.SUB, one, yTrue),
                        t.unary(UnaryOp.LOG, t.binary(BinaryOp.SUB, one, p)));
        Variable loss = t.unary(UnaryOp.NEG, t.binary(BinaryOp.ADD, positive, negative));
        return lastAxis(t, ReduceOp.MEAN, loss);
    }

    private static Variable kullbackLeiblerDivergence(
            GradientTape t, Variable yTrue, Variable yPred) {
        Variable trueClipped = clip(t, yTrue, EPSILON, 1);
        Variable predClipped = clip(t, yPred, EPSILON, 1);
        Variable ratio = t.binary(BinaryOp.DIV, trueClipped, predClipped);
        Variable terms = t.binary(BinaryOp.MUL, trueClipped, t.unary(UnaryOp.LOG, ratio));
        return lastAxis(t, ReduceOp.SUM, terms);
    }

    private static Variable poisson(GradientTape t, Variable yTrue, Variable yPred) {
        Variable log = t.unary(UnaryOp.LOG, t.binary(BinaryOp.ADD, yPred, t.scalar(EPSILON)));
        Variable terms = t.binary(BinaryOp.SUB, yPred, t.binary(BinaryOp.MUL, yTrue, log));
        return lastAxis(t, ReduceOp.MEAN, terms);
    }

    private static Variable cosineProximity(GradientTape t, Variable yTrue, Variable yPred) {
        Variable product = t.binary(BinaryOp.MUL, l2Normalize(t, yTrue), l2Normalize(t, yPred));
        return t.unary(UnaryOp.NEG, lastAxis(t, ReduceOp.SUM, product));
    }

    private static Variable l2Normalize(GradientTape t, Variable x) {
        Variable squares = t.reduce(ReduceOp.SUM, t.unary(UnaryOp.SQUARE, x), new int[] {-1}, true);
        Variable norm = t.unary(UnaryOp.SQRT, t.binary(BinaryOp.MAXIMUM, squares, t.scalar(1e-12)));
        return t.binary(BinaryOp.DIV, x, norm);
    }

    static Variable clip(GradientTape t, Variable x, double low, double high) {
        Variable floored = t.binary(BinaryOp.MAXIMUM, x, t.scalar(low));
        return t.binary(BinaryOp.MINIMUM, floored, t.scalar(high));
    }

    static Variable lastAxis(GradientTape t, ReduceOp op, Variable x) {
        return t.reduce(op, x, new int[] {-1}, false);
    }

    /**
     * Keras 2.2.4 on TensorFlow: integer targets of shape {@code [batch]} or {@code [batch, 1]};
     * the clipped predictions' logarithms go through a softmax cross-entropy, which renormalizes
     * them.
     */
    private static final class SparseCategoricalCrossentropy extends LossFunction {

        SparseCategoricalCrossentropy(String name) {
            super(name);
        }

        @Override
        public Variable call(GradientTape tape, Variable yTrue, Variable yPred) {
            int[] predShape = yPred.shape();
            int[] labelShape = Arrays.copyOf(predShape, predShape.length - 1);
            int[] trueShape = yTrue.shape();
            int trueSize = 1;
            for (int d : trueShape) {
                trueSize *= d;
            }
            int labelSize = 1;
            for (int d : labelShape) {
                labelSize *= d;
            }
            if (trueSize != labelSize) {
                throw new IllegalArgumentException(
                        name()
                                + ": y_true must hold one class index per row of y_pred "
                                + Arrays.toString(predShape)
                                + ". Received shape "
                                + Arrays.toString(trueShape));
            }
            Backend backend = tape.backend();
            Variable logits = tape.unary(UnaryOp.LOG, clip(tape, yPred, EPSILON, 1 - EPSILON));
            Tensor labels = yTrue.value();
            try (Tensor indices =
                            labels.dtype() == DType.INT32
                                    ? backend.reshape(labels, labelShape)
                                    : castToLabels(backend, labels, labelShape);
                    Tensor oneHot = backend.oneHot(indices, predShape[predShape.length - 1])) {
                return tape.softmaxCrossEntropy(logits, oneHot);
            }
        }

        private static Tensor castToLabels(Backend backend, Tensor labels, int[] shape) {
            try (Tensor cast = backend.cast(labels, DType.INT32)) {
                return backend.reshape(cast, shape);
            }
        }
    }
}

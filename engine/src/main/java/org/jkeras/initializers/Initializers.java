package org.jkeras.initializers;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jkeras.ndarray.NDArray;
import org.jkeras.ndarray.Shapes;
import org.jkeras.random.SeededRandom;

/**
 * The Keras 2.2.4 initializers, by name with their Keras defaults and as factories for those that
 * take arguments. Every draw comes from the model's generator, on the host.
 *
 * <pre>{@code
 * Initializer kernel = Initializers.get("glorot_uniform");
 * Initializer scaled = Initializers.varianceScaling(2.0, "fan_out", "uniform");
 * NDArray weights = kernel.generate(new int[] {784, 64}, new SeededRandom(42));
 * }</pre>
 */
public final class Initializers {

    /**
     * The standard deviation of a unit normal truncated to [-2, 2]; Keras 2.2.4's variance scaling
     * divides by it so that the truncated draws have the intended deviation.
     */
    private static final double TRUNCATED_STDDEV = 0.87962566103423978;

    private static final Map<String, Supplier<Initializer>> BY_NAME = new TreeMap<>();

    static {
        BY_NAME.put("zeros", () -> filled("zeros", 0));
        BY_NAME.put("zero", () -> filled("zeros", 0));
        BY_NAME.put("ones", () -> filled("ones", 1));
        BY_NAME.put("one", () -> filled("ones", 1));
        BY_NAME.put("constant", () -> constant(0));
        BY_NAME.put("random_uniform", () -> randomUniform(-0.05, 0.05));
        BY_NAME.put("uniform", () -> randomUniform(-0.05, 0.05));
        BY_NAME.put("random_normal", () -> randomNormal(0, 0.05));
        BY_NAME.put("normal", () -> randomNormal(0, 0.05));
        BY_NAME.put("truncated_normal", () -> truncatedNormal(0, 0.05));
        BY_NAME.put("variance_scaling", () -> varianceScaling(1, "fan_in", "normal"));
        BY_NAME.put("orthogonal", () -> orthogonal(1));
        BY_NAME.put("identity", () -> identity(1));
        BY_NAME.put("glorot_uniform", () -> scaled("glorot_uniform", 1, "fan_avg", "uniform"));
        BY_NAME.put("glorot_normal", () -> scaled("glorot_normal", 1, "fan_avg", "normal"));
        BY_NAME.put("he_uniform", () -> scaled("he_uniform", 2, "fan_in", "uniform"));
        BY_NAME.put("he_normal", () -> scaled("he_normal", 2, "fan_in", "normal"));
        BY_NAME.put("lecun_uniform", () -> scaled("lecun_uniform", 1, "fan_in", "uniform"));
        BY_NAME.put("lecun_normal", () -> scaled("lecun_normal", 1, "fan_in", "normal"));
    }

    private Initializers() {}

    /**
     * Returns the initializer of a Keras name with its Keras defaults; the name is matched without
     * regard to case.
     *
     * @throws IllegalArgumentException if the name is unknown, listing the known ones
     */
    public static Initializer get(String name) {
        if (name == null) {
            throw new IllegalArgumentException(
                    "initializer: expected a name; known: "
                            + String.join(", ", names())
                            + ". Received: null");
        }
        Supplier<Initializer> factory = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (factory == null) {
            throw new IllegalArgumentException(
                    "initializer: unknown name '"
                            + name
                            + "'; known: "
                            + String.join(", ", names()));
        }
        return factory.get();
    }

    /** Returns the names {@link #get} accepts, sorted. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** Returns Keras's {@code zeros}. */
    public static Initializer zeros() {
        return filled("zeros", 0);
    }

    /** Returns Keras's {@code ones}. */
    public static Initializer ones() {
        return filled("ones", 1);
    }

    /**
     * Returns Keras's {@code constant(value)}, filling every element with {@code value}.
     *
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public static Initializer constant(double value) {
        requireFinite("value", value);
        return filled("constant", value);
    }

    /**
     * Returns Keras's {@code random_uniform(minval, maxval)}, drawing from {@code [minval,
     * maxval)}.
     *
     * @throws IllegalArgumentException if a bound is not finite or {@code minval > maxval}
     */
    public static Initializer randomUniform(double minval, double maxval) {
        requireFinite("minval", minval);
        requireFinite("maxval", maxval);
        if (minval > maxval) {
            throw new IllegalArgumentException(
                    "minval must not exceed maxval. Received: minval="
                            + minval
                            + ", maxval="
                            + maxval);
        }
        return of("random_uniform", (shape, random) -> random.uniform(shape, minval, maxval));
    }

    /**
     * Returns Keras's {@code random_normal(mean, stddev)}.
     *
     * @throws IllegalArgumentException if {@code mean} is not finite or {@code stddev} is negative
     */
    public static Initializer randomNormal(double mean, double stddev) {
        requireFinite("mean", mean);
        checkStddev(stddev);
        return of("random_normal", (shape, random) -> random.normal(shape, mean, stddev));
    }

    /**
     * Returns Keras's {@code truncated_normal(mean, stddev)}: normal draws, redrawn until within
     * two standard deviations of the mean.
     *
     * @throws IllegalArgumentException if {@code mean} is not finite or {@code stddev} is negative
     */
    public static Initializer truncatedNormal(double mean, double stddev) {
        requireFinite("mean", mean);
        checkStddev(stddev);
        return of(
                "truncated_normal", (shape, random) -> random.truncatedNormal(shape, mean, stddev));
    }

    /**
     * Returns Keras 2.2.4's {@code VarianceScaling(scale, mode, distribution)}. With {@code n} the
     * fan of {@code mode} ({@code fan_in}, {@code fan_out} or their mean {@code fan_avg}, at least
     * 1), {@code normal} draws a truncated normal of standard deviation {@code sqrt(scale / n) /
     * 0.87962566103423978} and {@code uniform} draws from {@code [-sqrt(3 * scale / n), sqrt(3 *
     * scale / n))}.
     *
     * @throws IllegalArgumentException if {@code scale} is not positive, or {@code mode} or {@code
     *     distribution} is not one of the names above
     */
    public static Initializer varianceScaling(double scale, String mode, String distribution) {
        return scaled("variance_scaling", scale, mode, distribution);
    }

    /**
     * Returns Keras's {@code orthogonal(gain)}: the weight, seen as a matrix of its last axis
     * against all the others, has orthonormal rows or columns (whichever are fewer), times {@code
     * gain}. The matrix is the Q of the QR decomposition of a standard normal matrix, with the
     * signs fixed so that R has a positive diagonal, computed in float64; Keras 2.2.4 takes the
     * same kind of matrix from an SVD.
     *
     * @throws IllegalArgumentException if {@code gain} is not finite
     */
    public static Initializer orthogonal(double gain) {
        requireFinite("gain", gain);
        return of("orthogonal", (shape, random) -> OrthogonalMatrix.draw(shape, gain, random));
    }

    /**
     * Returns Keras's {@code identity(gain)}: {@code gain} times the identity matrix. It applies to
     * square 2-D weights only; other shapes are rejected when the weight is created.
     *
     * @throws IllegalArgumentException if {@code gain} is not finite
     */
    public static Initializer identity(double gain) {
        requireFinite("gain", gain);
        return of(
                "identity",
                (shape, random) -> {
                    if (shape.length != 2 || shape[0] != shape[1]) {
                        throw new IllegalArgumentException(
                                "shape of an identity initializer must be a 2-D square matrix."
                                        + " Received: "
                                        + Arrays.toString(shape));
                    }
                    float[] data = new float[shape[0] * shape[1]];
                    for (int i = 0; i < shape[0]; i++) {
                        data[i * shape[1] + i] = (float) gain;
                    }
                    return NDArray.of(data, shape);
                });
    }

    /**
     * Returns Keras 2.2.4's {@code fan_in} and {@code fan_out} of a weight shape: the two
     * dimensions of a matrix; for ranks 3 to 5 (convolution kernels, channels last) the last two
     * scaled by the receptive field, the product of the others; otherwise the square root of the
     * element count for both.
     */
    static double[] fans(int[] shape) {
        if (shape.length == 2) {
            return new double[] {shape[0], shape[1]};
        }
        if (shape.length >= 3 && shape.length <= 5) {
            double receptive = Shapes.size(Arrays.copyOf(shape, shape.length - 2));
            return new double[] {
                shape[shape.length - 2] * receptive, shape[shape.length - 1] * receptive
            };
        }
        double root = Math.sqrt(Shapes.size(shape));
        return new double[] {root, root};
    }

    private static Initializer scaled(String name, double scale, String mode, String distribution) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException(
                    "scale must be a positive finite number. Received: " + scale);
        }
        String fan = lowerCase(mode, "mode");
        if (!List.of("fan_in", "fan_out", "fan_avg").contains(fan)) {
            throw new IllegalArgumentException(
                    "mode must be one of fan_in, fan_out, fan_avg. Received: '" + mode + "'");
        }
        String kind = lowerCase(distribution, "distribution");
        if (!List.of("normal", "uniform").contains(kind)) {
            throw new IllegalArgumentException(
                    "distribution must be one of normal, uniform. Received: '"
                            + distribution
                            + "'");
        }
        boolean normal = kind.equals("normal");
        return of(
                name,
                (shape, random) -> {
                    double[] fans = fans(shape);
                    double n =
                            switch (fan) {
                                case "fan_in" -> fans[0];
                                case "fan_out" -> fans[1];
                                default -> (fans[0] + fans[1]) / 2;
                            };
                    double variance = scale / Math.max(1.0, n);
                    if (normal) {
                        double stddev = Math.sqrt(variance) / TRUNCATED_STDDEV;
                        return random.truncatedNormal(shape, 0, stddev);
                    }
                    double limit = Math.sqrt(3 * variance);
                    return random.uniform(shape, -limit, limit);
                });
    }

    private static String lowerCase(String value, String argument) {
        if (value == null) {
            throw new IllegalArgumentException(argument + " must be a name. Received: null");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static Initializer filled(String name, double value) {
        return of(
                name,
                (shape, random) -> {
                    float[] data = new float[Shapes.size(shape)];
                    Arrays.fill(data, (float) value);
                    return NDArray.of(data, shape);
                });
    }

    private interface Generator {
        NDArray generate(int[] shape, SeededRandom random);
    }

    private static Initializer of(String name, Generator generator) {
        return new Initializer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public NDArray generate(int[] shape, SeededRandom random) {
                if (shape == null) {
                    throw new IllegalArgumentException(
                            "shape must be an array of dimensions. Received: null");
                }
                return generator.generate(shape.clone(), random);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    private static void requireFinite(String argument, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    argument + " must be a finite number. Received: " + value);
        }
    }

    private static void checkStddev(double stddev) {
        if (!(stddev >= 0) || Double.isInfinite(stddev)) {
            throw new IllegalArgumentException(
                    "stddev must be a finite number >= 0. Received: " + stddev);
        }
    }
}

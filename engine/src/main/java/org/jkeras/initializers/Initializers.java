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
 * The Keras 2.2.4 initializers by name, and factories for those that take arguments.
 *
 * <pre>{@code
 * Initializer kernel = Initializers.get("glorot_uniform");
 * NDArray weights = kernel.generate(new int[] {784, 64}, new SeededRandom(42));
 * }</pre>
 */
public final class Initializers {

    private static final Map<String, Supplier<Initializer>> BY_NAME = new TreeMap<>();

    static {
        BY_NAME.put("zeros", () -> constant("zeros", 0));
        BY_NAME.put("zero", () -> constant("zeros", 0));
        BY_NAME.put("ones", () -> constant("ones", 1));
        BY_NAME.put("one", () -> constant("ones", 1));
        BY_NAME.put("constant", () -> constant(0));
        BY_NAME.put("random_uniform", () -> randomUniform(-0.05, 0.05));
        BY_NAME.put("uniform", () -> randomUniform(-0.05, 0.05));
        BY_NAME.put("random_normal", () -> randomNormal(0, 0.05));
        BY_NAME.put("normal", () -> randomNormal(0, 0.05));
        BY_NAME.put("truncated_normal", () -> truncatedNormal(0, 0.05));
        BY_NAME.put("glorot_uniform", () -> varianceScaling("glorot_uniform", 1, Fan.AVG, false));
        BY_NAME.put("glorot_normal", () -> varianceScaling("glorot_normal", 1, Fan.AVG, true));
        BY_NAME.put("he_uniform", () -> varianceScaling("he_uniform", 2, Fan.IN, false));
        BY_NAME.put("he_normal", () -> varianceScaling("he_normal", 2, Fan.IN, true));
        BY_NAME.put("lecun_uniform", () -> varianceScaling("lecun_uniform", 1, Fan.IN, false));
        BY_NAME.put("lecun_normal", () -> varianceScaling("lecun_normal", 1, Fan.IN, true));
    }

    /** The standard deviation of a unit normal truncated to [-2, 2], which Keras divides by. */
    private static final double TRUNCATED_STDDEV = 0.87962566103423978;

    private enum Fan {
        IN,
        AVG
    }

    private Initializers() {}

    /**
     * Returns the initializer of a Keras name with its Keras defaults.
     *
     * @throws IllegalArgumentException if the name is unknown, listing the known ones
     */
    public static Initializer get(String name) {
        if (name == null) {
            throw new IllegalArgumentException(
                    "initializer: expected a name; known: " + names() + ". Received: null");
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

    /** Returns an initializer filling every element with {@code value}. */
    public static Initializer constant(double value) {
        return constant("constant", value);
    }

    /** Returns an initializer drawing uniformly from {@code [minval, maxval)}. */
    public static Initializer randomUniform(double minval, double maxval) {
        if (!(minval <= maxval)) {
            throw new IllegalArgumentException(
                    "minval must not exceed maxval. Received: minval="
                            + minval
                            + ", maxval="
                            + maxval);
        }
        return of("random_uniform", (shape, random) -> random.uniform(shape, minval, maxval));
    }

    /** Returns an initializer drawing from a normal distribution. */
    public static Initializer randomNormal(double mean, double stddev) {
        checkStddev(stddev);
        return of("random_normal", (shape, random) -> random.normal(shape, mean, stddev));
    }

    /** Returns an initializer drawing from a normal distribution truncated at two deviations. */
    public static Initializer truncatedNormal(double mean, double stddev) {
        checkStddev(stddev);
        return of(
                "truncated_normal", (shape, random) -> random.truncatedNormal(shape, mean, stddev));
    }

    /**
     * Returns Keras's {@code fan_in} and {@code fan_out} of a weight shape: the two dimensions of a
     * matrix; for a convolution kernel the last two scaled by the receptive field; otherwise the
     * square root of the element count for both.
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

    private static Initializer varianceScaling(
            String name, double scale, Fan mode, boolean normal) {
        return of(
                name,
                (shape, random) -> {
                    double[] fans = fans(shape);
                    double fan = mode == Fan.IN ? fans[0] : (fans[0] + fans[1]) / 2;
                    double variance = scale / Math.max(1.0, fan);
                    if (normal) {
                        double stddev = Math.sqrt(variance) / TRUNCATED_STDDEV;
                        return random.truncatedNormal(shape, 0, stddev);
                    }
                    double limit = Math.sqrt(3 * variance);
                    return random.uniform(shape, -limit, limit);
                });
    }

    private static Initializer constant(String name, double value) {
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

    private static void checkStddev(double stddev) {
        if (!(stddev >= 0)) {
            throw new IllegalArgumentException("stddev must be >= 0. Received: " + stddev);
        }
    }
}

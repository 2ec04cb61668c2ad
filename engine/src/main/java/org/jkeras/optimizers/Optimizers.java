package org.jkeras.optimizers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The Keras 2 optimizers by name, each new instance with Keras 2.2.4 defaults.
 *
 * <pre>{@code
 * OptimizerBase optimizer = Optimizers.get("adam");
 * }</pre>
 */
public final class Optimizers {

    private static final Map<String, Supplier<OptimizerBase>> BY_NAME = new TreeMap<>();

    static {
        BY_NAME.put("sgd", SGD::new);
        BY_NAME.put("rmsprop", RMSprop::new);
        BY_NAME.put("adagrad", Adagrad::new);
        BY_NAME.put("adadelta", Adadelta::new);
        BY_NAME.put("adam", Adam::new);
        BY_NAME.put("adamax", Adamax::new);
        BY_NAME.put("nadam", Nadam::new);
    }

    private Optimizers() {}

    /**
     * Returns a new optimizer of a Keras name ({@code sgd}, {@code rmsprop}, {@code adagrad},
     * {@code adadelta}, {@code adam}, {@code adamax}, {@code nadam}) with Keras 2.2.4 defaults;
     * case does not matter, so {@code SGD} and {@code RMSprop} work too.
     *
     * @throws IllegalArgumentException if the name is unknown, listing the known ones
     */
    public static OptimizerBase get(String name) {
        if (name == null) {
            throw new IllegalArgumentException(
                    "optimizer: expected a name; known: "
                            + String.join(", ", names())
                            + ". Received: null");
        }
        String key = name.toLowerCase(Locale.ROOT);
        Supplier<OptimizerBase> factory = BY_NAME.get(key);
        if (factory != null) {
            return factory.get();
        }
        throw new IllegalArgumentException(
                "optimizer: unknown name '" + name + "'; known: " + String.join(", ", names()));
    }

    /** Returns every Keras 2 optimizer name, sorted. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }
}

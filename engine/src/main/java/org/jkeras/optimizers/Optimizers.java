package org.jkeras.optimizers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
    private static final Set<String> NOT_IMPLEMENTED =
            new TreeSet<>(List.of("adadelta", "adagrad", "adamax", "nadam"));

    static {
        BY_NAME.put("sgd", SGD::new);
        BY_NAME.put("rmsprop", RMSprop::new);
        BY_NAME.put("adam", Adam::new);
    }

    private Optimizers() {}

    /**
     * Returns a new optimizer of a Keras name ({@code sgd}, {@code rmsprop}, {@code adam}; case
     * does not matter, so {@code SGD} and {@code RMSprop} work too).
     *
     * @throws UnsupportedOperationException for a Keras optimizer not implemented yet
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
        if (NOT_IMPLEMENTED.contains(key)) {
            throw new UnsupportedOperationException(
                    "optimizer '"
                            + name
                            + "' is not implemented yet; use one of "
                            + String.join(", ", BY_NAME.keySet()));
        }
        throw new IllegalArgumentException(
                "optimizer: unknown name '" + name + "'; known: " + String.join(", ", names()));
    }

    /** Returns every Keras 2 optimizer name, sorted; see {@link #get} for those implemented. */
    public static List<String> names() {
        Set<String> names = new TreeSet<>(BY_NAME.keySet());
        names.addAll(NOT_IMPLEMENTED);
        return List.copyOf(names);
    }
}

package org.jkeras.it.keras;

import java.util.Map;
import java.util.TreeMap;
import org.jkeras.Layer;
import org.jkeras.layers.Activation;
import org.jkeras.layers.Dense;
import org.jkeras.layers.Dropout;

/**
 * Builds a Java layer through the public constructors from one layer of a Keras config, and
 * describes both sides the same way, so that a test can assert the model it built is the model
 * Keras described.
 */
final class KerasLayers {

    private KerasLayers() {}

    /**
     * Creates the Java layer for {@code keras}; the model gives it its input shape when the config
     * carries one (the first layer).
     *
     * @throws IllegalArgumentException for a Keras layer class these tests do not cover
     */
    static Layer build(KerasLayerConfig keras) {
        int[] inputShape = keras.inputShape();
        return switch (keras.className()) {
            case "Dense" -> {
                Dense dense =
                        new Dense(keras.integer("units"))
                                .activation(keras.text("activation"))
                                .useBias(keras.flag("use_bias"))
                                .name(keras.name());
                yield inputShape == null ? dense : dense.inputShape(inputShape);
            }
            case "Dropout" -> new Dropout(keras.number("rate")).name(keras.name());
            case "Activation" -> new Activation(keras.text("activation")).name(keras.name());
            default -> AdvancedActivationLayers.build(keras);
        };
    }

    /**
     * Describes a Keras layer whose input has {@code inputDim} features on its last axis.
     *
     * @throws IllegalArgumentException for a Keras layer class these tests do not cover
     */
    static LayerDescription describe(KerasLayerConfig keras, int inputDim) {
        Map<String, Object> settings = new TreeMap<>();
        int params = 0;
        switch (keras.className()) {
            case "Dense" -> {
                int units = keras.integer("units");
                settings.put("units", units);
                params = inputDim * units + (keras.flag("use_bias") ? units : 0);
            }
            case "Dropout" -> settings.put("rate", (float) keras.number("rate"));
            case "Activation" -> settings.put("activation", keras.text("activation"));
            default -> settings.putAll(AdvancedActivationLayers.settings(keras));
        }
        return new LayerDescription(keras.className(), keras.name(), settings, params);
    }

    /** Describes a built Java layer as {@link #describe(KerasLayerConfig, int)} does its config. */
    static LayerDescription describe(Layer layer) {
        Map<String, Object> settings = new TreeMap<>();
        if (layer instanceof Dense dense) {
            // Dense exposes no getter for its activation or use_bias: the activation is checked by
            // the layer's output alone, use_bias by the parameter count.
            settings.put("units", dense.units());
        } else if (layer instanceof Dropout dropout) {
            settings.put("rate", (float) dropout.rate());
        } else if (layer instanceof Activation activation) {
            settings.put("activation", activation.activation());
        } else {
            settings.putAll(AdvancedActivationLayers.settings(layer));
        }
        return new LayerDescription(
                layer.getClass().getSimpleName(), layer.name(), settings, layer.countParams());
    }
}

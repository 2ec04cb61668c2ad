package org.jkeras.it.keras;

import java.util.Map;
import java.util.TreeMap;
import org.jkeras.Layer;
import org.jkeras.layers.ELU;
import org.jkeras.layers.LeakyReLU;
import org.jkeras.layers.ReLU;
import org.jkeras.layers.Softmax;
import org.jkeras.layers.ThresholdedReLU;

/**
 * The Keras advanced-activation layers (ReLU, LeakyReLU, ELU, ThresholdedReLU, Softmax): built from
 * their config, and described by their hyper-parameters on both sides.
 */
final class AdvancedActivationLayers {

    private AdvancedActivationLayers() {}

    /**
     * Creates the Java layer for {@code keras}.
     *
     * @throws IllegalArgumentException for a Keras layer class these tests do not cover
     */
    static Layer build(KerasLayerConfig keras) {
        return switch (keras.className()) {
            case "ReLU" ->
                    new ReLU(
                                    keras.has("max_value") ? keras.number("max_value") : null,
                                    keras.number("negative_slope"),
                                    keras.number("threshold"))
                            .name(keras.name());
            case "LeakyReLU" -> new LeakyReLU(keras.number("alpha")).name(keras.name());
            case "ELU" -> new ELU(keras.number("alpha")).name(keras.name());
            case "ThresholdedReLU" -> new ThresholdedReLU(keras.number("theta")).name(keras.name());
            case "Softmax" -> new Softmax(keras.integer("axis")).name(keras.name());
            default -> throw unknown(keras.className());
        };
    }

    /** Returns the hyper-parameters the config gives, as float32 where Keras keeps them so. */
    static Map<String, Object> settings(KerasLayerConfig keras) {
        Map<String, Object> settings = new TreeMap<>();
        switch (keras.className()) {
            case "ReLU" -> {
                settings.put(
                        "max_value",
                        keras.has("max_value")
                                ? (Object) (float) keras.number("max_value")
                                : "none");
                settings.put("negative_slope", (float) keras.number("negative_slope"));
                settings.put("threshold", (float) keras.number("threshold"));
            }
            case "LeakyReLU", "ELU" -> settings.put("alpha", (float) keras.number("alpha"));
            case "ThresholdedReLU" -> settings.put("theta", (float) keras.number("theta"));
            case "Softmax" -> settings.put("axis", keras.integer("axis"));
            default -> throw unknown(keras.className());
        }
        return settings;
    }

    /** Returns the hyper-parameters of a built Java layer, keyed as in the Keras config. */
    static Map<String, Object> settings(Layer layer) {
        Map<String, Object> settings = new TreeMap<>();
        if (layer instanceof ReLU relu) {
            settings.put(
                    "max_value",
                    relu.maxValue() == null ? "none" : (Object) relu.maxValue().floatValue());
            settings.put("negative_slope", (float) relu.negativeSlope());
            settings.put("threshold", (float) relu.threshold());
        } else if (layer instanceof LeakyReLU leaky) {
            settings.put("alpha", (float) leaky.alpha());
        } else if (layer instanceof ELU elu) {
            settings.put("alpha", (float) elu.alpha());
        } else if (layer instanceof ThresholdedReLU thresholded) {
            settings.put("theta", (float) thresholded.theta());
        } else if (layer instanceof Softmax softmax) {
            settings.put("axis", softmax.axis());
        } else {
            throw unknown(layer.getClass().getName());
        }
        return settings;
    }

    private static IllegalArgumentException unknown(String className) {
        return new IllegalArgumentException(
                "layer class: not covered by the Keras-numbers tests. Received: " + className);
    }
}

package org.jkeras.it.keras;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One layer of a Keras model_config: its {@code class_name} and its {@code config} object, with
 * typed reads that fail naming the key when the config does not hold it.
 */
record KerasLayerConfig(String className, JsonNode config) {

    /** Returns the layer's Keras name, such as {@code dense_1}. */
    String name() {
        return text("name");
    }

    /** Returns {@code batch_input_shape} without its batch entry, or null when absent. */
    int[] inputShape() {
        JsonNode shape = config.get("batch_input_shape");
        if (shape == null || shape.isNull()) {
            return null;
        }
        int[] sample = new int[shape.size() - 1];
        for (int i = 1; i < shape.size(); i++) {
            sample[i - 1] = shape.get(i).asInt();
        }
        return sample;
    }

    /** Returns a string entry. */
    String text(String key) {
        return require(key).asText();
    }

    /** Returns an integer entry. */
    int integer(String key) {
        return require(key).asInt();
    }

    /** Returns a boolean entry. */
    boolean flag(String key) {
        return require(key).asBoolean();
    }

    /** Returns a number entry; Keras writes float32 hyper-parameters widened to double. */
    double number(String key) {
        return require(key).asDouble();
    }

    /** Returns whether the entry is present and not null. */
    boolean has(String key) {
        JsonNode value = config.get(key);
        return value != null && !value.isNull();
    }

    private JsonNode require(String key) {
        JsonNode value = config.get(key);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(
                    className + " config: expected an entry '" + key + "'. Received: " + config);
        }
        return value;
    }
}

package org.jkeras.it.keras;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jhdf.HdfFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the parts of Keras's JSON descriptions of a model that the tests build and check. */
final class KerasModelConfig {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KerasModelConfig() {}

    /**
     * Keras 1 names of config entries and their Keras 2 names, as Keras 2 converts them when it
     * loads a Keras 1 model ({@code keras/legacy/interfaces.py}); only those of the layers here.
     */
    private static final Map<String, String> KERAS_1_NAMES =
            Map.of("output_dim", "units", "bias", "use_bias", "p", "rate");

    /**
     * Reads the layers of a Sequential {@code _config.json}. Keras up to 2.1 writes the layers as
     * the {@code config} array itself; later versions as {@code config.layers}. A Keras 1 config
     * has its entries renamed to their Keras 2 names.
     */
    static List<KerasLayerConfig> sequentialLayers(String path) {
        JsonNode root = readTree(path);
        if (!"Sequential".equals(root.path("class_name").asText())) {
            throw new IllegalArgumentException(
                    path + ": expected class_name Sequential. Received: " + root.get("class_name"));
        }
        JsonNode config = root.get("config");
        JsonNode layers = config.isArray() ? config : config.get("layers");
        boolean keras1 = root.path("keras_version").asText().startsWith("1.");
        List<KerasLayerConfig> read = new ArrayList<>();
        for (JsonNode layer : layers) {
            JsonNode entries = layer.get("config");
            read.add(
                    new KerasLayerConfig(
                            layer.get("class_name").asText(),
                            keras1 ? renamedFromKeras1(entries) : entries));
        }
        return read;
    }

    private static JsonNode renamedFromKeras1(JsonNode entries) {
        ObjectNode renamed = JSON.createObjectNode();
        entries.properties()
                .forEach(
                        entry ->
                                renamed.set(
                                        KERAS_1_NAMES.getOrDefault(entry.getKey(), entry.getKey()),
                                        entry.getValue()));
        return renamed;
    }

    /** Returns the loss name of the {@code training_config} a {@code _model.h5} file holds. */
    static String trainingLoss(String modelPath) {
        try (HdfFile file = Hdf5.open(KerasData.file(modelPath))) {
            String config = Hdf5.string(file, "training_config");
            return JSON.readTree(config).get("loss").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readTree(String path) {
        try {
            return JSON.readTree(KerasData.file(path).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

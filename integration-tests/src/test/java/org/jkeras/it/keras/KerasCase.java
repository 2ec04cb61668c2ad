package org.jkeras.it.keras;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jkeras.Layer;
import org.jkeras.PredictOptions;
import org.jkeras.Sequential;
import org.jkeras.SequentialOptions;
import org.jkeras.ndarray.NDArray;

/**
 * One example case Keras wrote, {@code <folder>/<stem>_*}: the model's config, its weights and what
 * Keras computed with them; and Java models built from them through the public API.
 */
final class KerasCase {

    private final String stem;
    private final List<KerasLayerConfig> layers;
    private final StoredWeights weights;
    private final StoredOutputs outputs;

    private KerasCase(String folder, String stem) {
        String prefix = folder + "/" + stem;
        this.stem = stem;
        this.layers = KerasModelConfig.sequentialLayers(prefix + "_config.json");
        this.weights = StoredWeights.read(prefix + "_weights.h5");
        this.outputs = StoredOutputs.read(prefix + "_inputs_and_outputs.h5");
    }

    /** Reads the case's config, weights and outputs, each checked against SHA256SUMS. */
    static KerasCase load(String folder, String stem) {
        return new KerasCase(folder, stem);
    }

    /** Returns the weights file as read. */
    StoredWeights weights() {
        return weights;
    }

    /** Returns what Keras computed, as read. */
    StoredOutputs outputs() {
        return outputs;
    }

    /** Returns the Keras names of the layers, in the model's order. */
    List<String> layerNames() {
        return layers.stream().map(KerasLayerConfig::name).toList();
    }

    /**
     * Builds the first {@code depth} layers of the model on the bundled backend, with Keras's
     * weights set layer by layer through {@link Layer#setWeights}. Its predictions are then the
     * output of layer {@code depth - 1}.
     */
    Sequential model(int depth) {
        Sequential model = Sequential.create(SequentialOptions.defaults().backend("cpu-java"));
        for (KerasLayerConfig keras : layers.subList(0, depth)) {
            model.add(KerasLayers.build(keras));
            model.getLayer(keras.name()).setWeights(weights.weights(keras.name()));
        }
        return model;
    }

    /** Builds the whole model with Keras's weights. */
    Sequential model() {
        return model(layers.size());
    }

    /** Returns {@code model.predict} on the stored input. */
    NDArray predict(Sequential model) {
        return model.predict(outputs.input(), PredictOptions.defaults().verbose(0));
    }

    /**
     * Asserts that the output of each layer (the prediction of the model cut after it) matches the
     * activation Keras stored for it, and that a stored activation exists for each layer.
     *
     * @return the largest absolute difference per layer, in the model's order
     */
    Map<String, Double> assertEveryLayerMatchesKeras() {
        List<String> names = layerNames();
        assertEquals(Set.copyOf(names), Set.copyOf(outputs.activationNames()), stem + ": layers");
        Map<String, Double> differences = new LinkedHashMap<>();
        for (int depth = 1; depth <= names.size(); depth++) {
            String layer = names.get(depth - 1);
            NDArray java = predict(model(depth));
            differences.put(
                    layer,
                    KerasTolerance.assertClose(
                            outputs.activation(layer), java, stem + " layer " + layer));
        }
        return differences;
    }

    /**
     * Asserts that the whole model's predictions match {@code model.predict} as Keras stored it.
     *
     * @return the largest absolute difference
     */
    double assertPredictionsMatchKeras() {
        return KerasTolerance.assertClose(
                outputs.prediction(), predict(model()), stem + " predictions");
    }

    /** Asserts that {@code model} is, layer by layer, the model the config describes. */
    void assertBuiltAsConfigured(Sequential model) {
        assertEquals(expectedDescriptions(), describe(model.layers()), stem + ": layers");
    }

    private List<LayerDescription> expectedDescriptions() {
        List<LayerDescription> expected = new ArrayList<>();
        int[] shape = layers.get(0).inputShape();
        int features = shape[shape.length - 1];
        for (KerasLayerConfig keras : layers) {
            expected.add(KerasLayers.describe(keras, features));
            if (keras.has("units")) {
                features = keras.integer("units");
            }
        }
        return expected;
    }

    private static List<LayerDescription> describe(List<Layer> built) {
        return built.stream().map(KerasLayers::describe).toList();
    }
}

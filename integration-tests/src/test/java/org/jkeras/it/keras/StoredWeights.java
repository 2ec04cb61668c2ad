package org.jkeras.it.keras;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeras.ndarray.NDArray;

/**
 * The weights of a Keras model as {@code model.save_weights} writes them ({@code _weights.h5}): the
 * root attribute {@code layer_names}, and per layer the attribute {@code weight_names}, whose order
 * is the layer's weight order ({@code kernel} then {@code bias} for a Keras 2 Dense, {@code W} then
 * {@code b} for a Keras 1 Dense), each name the path of its dataset inside the layer's group.
 */
final class StoredWeights {

    private final List<String> layerNames;
    private final Map<String, List<String>> weightNames = new LinkedHashMap<>();
    private final Map<String, List<NDArray>> weights = new LinkedHashMap<>();

    private StoredWeights(Group root) {
        this.layerNames = Hdf5.strings(root, "layer_names");
        for (String layer : layerNames) {
            Group group = Hdf5.group(root, layer);
            List<String> names = Hdf5.strings(group, "weight_names");
            List<NDArray> arrays = new ArrayList<>();
            for (String name : names) {
                Node node = group.getByPath(name);
                if (!(node instanceof Dataset dataset)) {
                    throw new IllegalArgumentException(
                            group.getPath() + name + ": expected a dataset. Received: " + node);
                }
                arrays.add(Hdf5.floats(dataset));
            }
            weightNames.put(layer, List.copyOf(names));
            weights.put(layer, List.copyOf(arrays));
        }
    }

    /** Reads a {@code _weights.h5} file inside the data folder, after its checksum check. */
    static StoredWeights read(String path) {
        try (HdfFile file = Hdf5.open(KerasData.file(path))) {
            return new StoredWeights(file);
        }
    }

    /** Returns the layers in the model's order. */
    List<String> layerNames() {
        return layerNames;
    }

    /** Returns the names Keras gave a layer's weights, such as {@code dense_1/kernel:0}. */
    List<String> weightNames(String layer) {
        return require(weightNames, layer);
    }

    /** Returns a layer's weights in Keras's order; empty for a layer without weights. */
    List<NDArray> weights(String layer) {
        return require(weights, layer);
    }

    private <T> T require(Map<String, T> byLayer, String layer) {
        T value = byLayer.get(layer);
        if (value == null) {
            throw new IllegalArgumentException(
                    "layer: no weights stored for '" + layer + "'. Received: " + layerNames);
        }
        return value;
    }
}

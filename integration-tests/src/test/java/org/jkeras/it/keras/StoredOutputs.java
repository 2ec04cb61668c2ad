package org.jkeras.it.keras;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jkeras.ndarray.NDArray;

/**
 * What Keras computed for one case: an {@code _inputs_and_outputs.h5} file, read whole. It holds
 * the model input under {@code /inputs}, each layer's inference-mode output under {@code
 * /activations}, {@code model.predict} under {@code /predictions}, the targets under {@code
 * /outputs}, and in some cases the loss Keras computed on them as {@code /scores/loss}.
 */
final class StoredOutputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> inputNames;
    private final List<String> outputNames;
    private final Map<String, NDArray> inputs;
    private final Map<String, NDArray> activations;
    private final Map<String, NDArray> predictions;
    private final Map<String, NDArray> targets;
    private final OptionalDouble loss;

    private StoredOutputs(HdfFile file) {
        this.inputNames = namesIn(Hdf5.string(file, "inputs"), "inputs");
        this.outputNames = namesIn(Hdf5.string(file, "outputs"), "outputs");
        this.inputs = Hdf5.floatsUnder(Hdf5.group(file, "inputs"));
        this.activations = Hdf5.floatsUnder(Hdf5.group(file, "activations"));
        this.predictions = Hdf5.floatsUnder(Hdf5.group(file, "predictions"));
        this.targets = Hdf5.floatsUnder(Hdf5.group(file, "outputs"));
        this.loss = readLoss(file);
    }

    /** Reads the file at {@code path} inside the data folder, after its checksum check. */
    static StoredOutputs read(String path) {
        try (HdfFile file = Hdf5.open(KerasData.file(path))) {
            return new StoredOutputs(file);
        }
    }

    /** Returns the one input of a Sequential model, named by the root attribute {@code inputs}. */
    NDArray input() {
        return entry(inputs, single(inputNames, "inputs"), "/inputs");
    }

    /** Returns {@code model.predict(input())} as Keras computed it. */
    NDArray prediction() {
        return entry(predictions, single(outputNames, "outputs"), "/predictions");
    }

    /** Returns the targets Keras was given (in some families, a copy of the predictions). */
    NDArray targets() {
        return entry(targets, single(outputNames, "outputs"), "/outputs");
    }

    /** Returns the output of the layer named {@code layer}, in inference mode. */
    NDArray activation(String layer) {
        return entry(activations, layer, "/activations");
    }

    /** Returns the names of the layers with a stored activation. */
    List<String> activationNames() {
        return new ArrayList<>(activations.keySet());
    }

    /** Returns the loss Keras computed on the input and the targets, when the file holds one. */
    OptionalDouble loss() {
        return loss;
    }

    private static OptionalDouble readLoss(HdfFile file) {
        if (!(file.getChild("scores") instanceof Group scores)) {
            return OptionalDouble.empty();
        }
        Node loss = scores.getChild("loss");
        if (!(loss instanceof Dataset dataset)) {
            return OptionalDouble.empty();
        }
        float[] values = Hdf5.floats(dataset).toFloatArray();
        if (values.length != 1) {
            throw new IllegalArgumentException(
                    "/scores/loss: expected one value. Received: " + values.length);
        }
        return OptionalDouble.of(values[0]);
    }

    private static List<String> namesIn(String json, String key) {
        try {
            JsonNode names = JSON.readTree(json).get(key);
            List<String> read = new ArrayList<>();
            names.forEach(name -> read.add(name.asText()));
            return read;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "root attribute '" + key + "': expected JSON. Received: " + json, e);
        }
    }

    private static String single(List<String> names, String what) {
        if (names.size() != 1) {
            throw new IllegalArgumentException(
                    "root attribute '" + what + "': expected one name. Received: " + names);
        }
        return names.get(0);
    }

    private static NDArray entry(Map<String, NDArray> group, String name, String where) {
        NDArray value = group.get(name);
        if (value == null) {
            throw new IllegalArgumentException(
                    where + ": no dataset '" + name + "'. Received: " + group.keySet());
        }
        return value;
    }
}

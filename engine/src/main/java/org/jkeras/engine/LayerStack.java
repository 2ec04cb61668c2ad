package org.jkeras.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jkeras.Layer;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.layers.BaseLayer;
import org.jkeras.layers.ForwardPass;
import org.jkeras.layers.InputLayer;
import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * The layers of a model in the order they were added: their names, their shapes, their weights and
 * the forward run through all of them.
 *
 * <p>An {@link InputLayer} may come first; as in Keras 2.2.4 it only fixes the input shape and is
 * not listed among the model's layers (nor found by name or index, nor summarised).
 */
final class LayerStack {

    private final Backend backend;
    private final SeededRandom random;
    private final List<BaseLayer> layers = new ArrayList<>();
    private final Map<String, Integer> nameCounters = new HashMap<>();

    LayerStack(Backend backend, SeededRandom random) {
        this.backend = backend;
        this.random = random;
    }

    /** Builds, names and returns {@code layer} on top of the stack, or throws changing nothing. */
    BaseLayer add(Layer layer) {
        BaseLayer base = requireEngineLayer(layer);
        if (base instanceof InputLayer && !layers.isEmpty()) {
            throw new IllegalArgumentException(
                    "layer: an InputLayer can only be the first layer of a model. Received: an"
                            + " InputLayer on top of "
                            + layers.get(layers.size() - 1).name());
        }
        int[] inputShape = inputShapeFor(base);
        int defaultIndex = 0;
        if (base.hasName()) {
            requireUniqueName(base.name());
        } else {
            defaultIndex = nextFreeIndex(base.keyword());
        }
        base.build(backend, inputShape, random);
        base.attach(base.keyword() + "_" + defaultIndex);
        layers.add(base);
        if (defaultIndex > 0) {
            nameCounters.put(base.keyword(), defaultIndex);
        }
        return base;
    }

    Layer pop() {
        if (isEmpty()) {
            throw new IllegalStateException("pop: the model has no layers");
        }
        return layers.remove(layers.size() - 1);
    }

    /** Returns the listed layers: every layer but a leading {@link InputLayer}. */
    List<BaseLayer> all() {
        boolean input = !layers.isEmpty() && layers.get(0) instanceof InputLayer;
        return Collections.unmodifiableList(input ? layers.subList(1, layers.size()) : layers);
    }

    /** Returns whether the model has no listed layer, so nothing to compute with. */
    boolean isEmpty() {
        return all().isEmpty();
    }

    Layer get(String name) {
        for (BaseLayer layer : all()) {
            if (layer.name().equals(name)) {
                return layer;
            }
        }
        throw new IllegalArgumentException(
                "name must be the name of a layer of the model "
                        + names()
                        + ". Received: "
                        + (name == null ? "null" : "'" + name + "'"));
    }

    Layer get(int index) {
        List<BaseLayer> listed = all();
        if (index < 0 || index >= listed.size()) {
            throw new IllegalArgumentException(
                    "index must be in [0, "
                            + listed.size()
                            + ") for the layers "
                            + names()
                            + ". Received: "
                            + index);
        }
        return listed.get(index);
    }

    List<String> names() {
        return all().stream().map(BaseLayer::name).toList();
    }

    /** Returns the name of the top layer, the model's one output. */
    String outputName() {
        return layers.get(layers.size() - 1).name();
    }

    int[] inputShape() {
        return layers.get(0).inputShape();
    }

    int[] outputShape() {
        return layers.get(layers.size() - 1).outputShape();
    }

    /**
     * Runs every layer over a batch. With {@code params} given, the weights of trainable layers are
     * watched and collected (with their variables in {@code watched}) for a gradient; every other
     * weight enters the tape as a constant.
     */
    Variable forward(ForwardPass pass, NDArray x, List<Tensor> params, List<Variable> watched) {
        GradientTape tape = pass.tape();
        Variable value = tape.constant(pass.own(backend.fromHost(x)));
        for (BaseLayer layer : layers) {
            List<Variable> weights = new ArrayList<>();
            for (Tensor weight : layer.weightTensors()) {
                if (params == null || !layer.trainable()) {
                    weights.add(tape.constant(weight));
                } else {
                    Variable variable = tape.watch(weight);
                    params.add(weight);
                    watched.add(variable);
                    weights.add(variable);
                }
            }
            value = layer.call(pass, weights, value);
        }
        return value;
    }

    /** Lets every layer project its weights back into its constraints after an update. */
    void applyConstraints() {
        for (BaseLayer layer : layers) {
            layer.applyConstraints(backend);
        }
    }

    List<NDArray> getWeights() {
        List<NDArray> weights = new ArrayList<>();
        for (BaseLayer layer : layers) {
            weights.addAll(layer.getWeights());
        }
        return weights;
    }

    /** Replaces every weight after checking them all, so a bad list changes nothing. */
    void setWeights(List<NDArray> weights) {
        int expected = 0;
        for (BaseLayer layer : layers) {
            expected += layer.weightTensors().size();
        }
        if (weights == null || weights.size() != expected) {
            throw new IllegalArgumentException(
                    "weights: the model expects "
                            + expected
                            + " arrays. Received: "
                            + (weights == null ? "null" : weights.size() + " arrays"));
        }
        List<List<NDArray>> perLayer = new ArrayList<>();
        int next = 0;
        for (BaseLayer layer : layers) {
            int count = layer.weightTensors().size();
            List<NDArray> slice = weights.subList(next, next + count);
            layer.checkWeights(slice);
            perLayer.add(slice);
            next += count;
        }
        for (int i = 0; i < layers.size(); i++) {
            layers.get(i).setWeights(perLayer.get(i));
        }
    }

    private static BaseLayer requireEngineLayer(Layer layer) {
        if (!(layer instanceof BaseLayer base)) {
            throw new IllegalArgumentException(
                    "layer must be a layer of the jkeras engine (see org.jkeras.layers). Received: "
                            + (layer == null
                                    ? "null"
                                    : "an instance of " + layer.getClass().getName()));
        }
        if (base.isAttached()) {
            throw new IllegalArgumentException(
                    "layer must not belong to a model yet. Received: layer '"
                            + base.name()
                            + "', which was already added");
        }
        return base;
    }

    private int[] inputShapeFor(BaseLayer layer) {
        int[] declared = layer.declaredInputShape();
        if (layers.isEmpty()) {
            if (declared == null) {
                throw new IllegalArgumentException(
                        "layer: the first layer of a model needs an input shape, as in"
                                + " new Dense(32).inputShape(500). Received: "
                                + layer.keyword()
                                + " layer without inputShape");
            }
            return declared;
        }
        int[] below = outputShape();
        if (declared != null && !Arrays.equals(declared, below)) {
            throw new IllegalArgumentException(
                    "inputShape of layer must match the output shape "
                            + Arrays.toString(below)
                            + " of the layer below. Received: "
                            + Arrays.toString(declared));
        }
        return below;
    }

    private void requireUniqueName(String name) {
        if (isTaken(name)) {
            throw new IllegalArgumentException(
                    "layer name must be unique in the model "
                            + names()
                            + ". Received: '"
                            + name
                            + "'");
        }
    }

    /**
     * Returns the index of the next default name for {@code keyword}: counting on from the last one
     * given, as Keras's per-type counters do, past names the user took.
     */
    private int nextFreeIndex(String keyword) {
        int index = nameCounters.getOrDefault(keyword, 0) + 1;
        while (isTaken(keyword + "_" + index)) {
            index++;
        }
        return index;
    }

    private boolean isTaken(String name) {
        return layers.stream().anyMatch(layer -> layer.name().equals(name));
    }
}

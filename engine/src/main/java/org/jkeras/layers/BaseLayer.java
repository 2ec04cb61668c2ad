package org.jkeras.layers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jkeras.Layer;
import org.jkeras.autodiff.Variable;
import org.jkeras.constraints.Constraint;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * The common part of jkeras's layers: the name, the optional input shape, the build that creates
 * weights on a backend, and the copy-in and copy-out of those weights.
 *
 * <p>A layer is configured with fluent setters, then added to one model, which names it if the user
 * did not, builds it from the shape of the layer below and from then on calls {@link
 * #call(ForwardPass, List, Variable)} for every batch. Setters fail once the layer is added. The
 * weights are backend tensors owned by the layer; {@link #getWeights()} and {@link
 * #setWeights(List)} copy through the host.
 */
public abstract class BaseLayer implements Layer {

    private String name;
    private int[] declaredInputShape;
    private boolean attached;
    private Backend backend;
    private int[] inputShape;
    private int[] outputShape;
    private List<Tensor> weights = List.of();
    private boolean trainable = true;

    /** Returns the prefix of the layer's default names, such as {@code dense}. */
    public abstract String keyword();

    /**
     * Returns the shape of one output sample for one input sample of {@code inputShape}.
     *
     * @throws IllegalArgumentException if the layer cannot take that input
     */
    public abstract int[] computeOutputShape(int[] inputShape);

    /**
     * Creates the layer's weights for samples of {@code inputShape}, in Keras's order, as host
     * arrays drawn from {@code random}; empty for a layer without weights.
     */
    protected abstract List<NDArray> createWeights(int[] inputShape, SeededRandom random);

    /**
     * Applies the layer to a batch.
     *
     * @param pass the pass the layer records on
     * @param weights the tape's variables for {@link #weightTensors()}, in the same order
     * @param input the batch, with the batch dimension first
     * @return the output batch
     */
    public abstract Variable call(ForwardPass pass, List<Variable> weights, Variable input);

    /**
     * Projects the weights back onto the layer's constraints, in place; the model calls it after
     * each optimizer update. Layers without constraints do nothing.
     */
    public void applyConstraints(Backend backend) {}

    /**
     * Replaces weight {@code index} by its projection under {@code constraint}, in place; for the
     * {@link #applyConstraints(Backend)} of subclasses. A null constraint leaves it as it is, and
     * so does a non-trainable layer: Keras 2.2.4 constrains a weight as the optimizer updates it.
     */
    protected void constrain(Backend backend, int index, Constraint constraint) {
        if (constraint == null || !trainable()) {
            return;
        }
        Tensor weight = weights.get(index);
        try (Tensor projected = constraint.apply(backend, weight)) {
            backend.assign(weight, projected);
        }
    }

    /**
     * Returns whether the model trains the layer's weights; the weights of a non-trainable layer
     * are neither watched on the tape nor updated. Layers are trainable unless they say otherwise.
     */
    public boolean trainable() {
        return trainable;
    }

    /**
     * Sets whether the model trains the layer's weights, as Keras's {@code layer.trainable}; as in
     * Keras, a compiled model sees the change when it is compiled again.
     */
    public void setTrainable(boolean value) {
        this.trainable = value;
    }

    @Override
    public String name() {
        return name;
    }

    /** Returns whether the user or the model has named the layer. */
    public boolean hasName() {
        return name != null;
    }

    /** Returns the input shape the user declared (without the batch dimension), or null. */
    public int[] declaredInputShape() {
        return declaredInputShape == null ? null : declaredInputShape.clone();
    }

    /** Returns whether the layer has been added to a model. */
    public boolean isAttached() {
        return attached;
    }

    /**
     * Marks the layer as part of a model, which gives it {@code defaultName} if it has no name.
     * Called by the model when the layer is added; a layer belongs to one model.
     *
     * @throws IllegalStateException if the layer already belongs to a model
     */
    public void attach(String defaultName) {
        if (attached) {
            throw new IllegalStateException(
                    "layer: a layer can be added to one model only. Received: layer '"
                            + name
                            + "', which was already added");
        }
        attached = true;
        if (name == null) {
            name = defaultName;
        }
    }

    /**
     * Creates the weights on {@code backend} for samples of {@code inputShape}. Called by the model
     * when the layer is added.
     *
     * @throws IllegalArgumentException if the layer cannot take that input
     * @throws IllegalStateException if the layer is already built
     */
    public void build(Backend backend, int[] inputShape, SeededRandom random) {
        if (isBuilt()) {
            throw new IllegalStateException("layer '" + name + "' is already built");
        }
        int[] output = computeOutputShape(inputShape);
        List<NDArray> initial = createWeights(inputShape.clone(), random);
        List<Tensor> created = new ArrayList<>(initial.size());
        try {
            for (NDArray array : initial) {
                created.add(backend.fromHost(array));
            }
        } catch (RuntimeException e) {
            created.forEach(Tensor::close);
            throw e;
        }
        this.backend = backend;
        this.inputShape = inputShape.clone();
        this.outputShape = output;
        this.weights = Collections.unmodifiableList(created);
    }

    /** Returns the weight tensors, owned by this layer, in Keras's order. */
    public List<Tensor> weightTensors() {
        return weights;
    }

    @Override
    public boolean isBuilt() {
        return outputShape != null;
    }

    /**
     * Returns the shape of one input sample, without the batch dimension.
     *
     * @throws IllegalStateException if the layer is not built yet
     */
    public int[] inputShape() {
        requireBuilt();
        return inputShape.clone();
    }

    @Override
    public int[] outputShape() {
        requireBuilt();
        return outputShape.clone();
    }

    @Override
    public List<NDArray> getWeights() {
        List<NDArray> copies = new ArrayList<>(weights.size());
        for (Tensor weight : weights) {
            copies.add(backend.toHost(weight));
        }
        return copies;
    }

    @Override
    public void setWeights(List<NDArray> values) {
        checkWeights(values);
        for (int i = 0; i < weights.size(); i++) {
            try (Tensor value = backend.fromHost(values.get(i))) {
                backend.assign(weights.get(i), value);
            }
        }
    }

    /**
     * Checks that {@code values} could replace the weights: same count, shapes and float type.
     *
     * @throws IllegalArgumentException if they could not
     */
    public void checkWeights(List<NDArray> values) {
        if (values == null || values.size() != weights.size()) {
            throw new IllegalArgumentException(
                    "weights: layer '"
                            + name
                            + "' expects "
                            + weights.size()
                            + " arrays. Received: "
                            + (values == null ? "null" : values.size() + " arrays"));
        }
        for (int i = 0; i < values.size(); i++) {
            int[] expected = weights.get(i).shape();
            NDArray value = values.get(i);
            if (value == null
                    || value.dtype() != DType.FLOAT32
                    || !Arrays.equals(value.shape(), expected)) {
                throw new IllegalArgumentException(
                        "weights["
                                + i
                                + "]: layer '"
                                + name
                                + "' expects a float32 array of shape "
                                + Arrays.toString(expected)
                                + ". Received: "
                                + describe(value));
            }
        }
    }

    @Override
    public int countParams() {
        int count = 0;
        for (Tensor weight : weights) {
            count += weight.size();
        }
        return count;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + (name == null ? "unnamed" : name) + ")";
    }

    /** Sets the name; for the fluent setters of subclasses. */
    protected void setName(String value) {
        requireConfigurable();
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    "name must be a non-blank string. Received: "
                            + (value == null ? "null" : "'" + value + "'"));
        }
        this.name = value;
    }

    /** Sets the input shape; for the fluent setters of subclasses. */
    protected void setInputShape(int[] shape) {
        requireConfigurable();
        if (shape == null || shape.length == 0) {
            throw new IllegalArgumentException(
                    "inputShape must have at least one dimension. Received: "
                            + (shape == null ? "null" : "[]"));
        }
        for (int dim : shape) {
            if (dim <= 0) {
                throw new IllegalArgumentException(
                        "inputShape dimensions must be positive. Received: "
                                + Arrays.toString(shape));
            }
        }
        this.declaredInputShape = shape.clone();
    }

    /**
     * Fails if the layer can no longer be configured.
     *
     * @throws IllegalStateException once the layer has been added to a model or built
     */
    protected void requireConfigurable() {
        if (attached || isBuilt()) {
            throw new IllegalStateException(
                    "layer "
                            + (name == null ? "(unnamed)" : "'" + name + "'")
                            + " is already built into a model; configure a layer before adding"
                            + " it");
        }
    }

    /**
     * Returns {@code value}; for constructor and setter arguments that may not be null.
     *
     * @throws IllegalArgumentException naming {@code argument} if {@code value} is null
     */
    protected static <T> T requireNonNull(T value, String argument) {
        if (value == null) {
            throw new IllegalArgumentException(argument + " must not be null. Received: null");
        }
        return value;
    }

    /**
     * Returns {@code value}; for numeric arguments that must be finite.
     *
     * @throws IllegalArgumentException naming {@code argument} if {@code value} is NaN or infinite
     */
    protected static double requireFinite(double value, String argument) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    argument + " must be a finite number. Received: " + value);
        }
        return value;
    }

    private void requireBuilt() {
        if (!isBuilt()) {
            throw new IllegalStateException(
                    "layer "
                            + (name == null ? "(unnamed)" : "'" + name + "'")
                            + " is not built yet; add it to a model first");
        }
    }

    private static String describe(NDArray value) {
        if (value == null) {
            return "null";
        }
        return value.dtype().name().toLowerCase(java.util.Locale.ROOT)
                + " array of shape "
                + Arrays.toString(value.shape());
    }
}

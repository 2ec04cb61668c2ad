package org.jkeras;

import java.util.List;
import java.util.ServiceLoader;
import org.jkeras.ndarray.NDArray;

/**
 * A linear stack of layers, trained and run as Keras 2's {@code Sequential} model.
 *
 * <p>The methods and their defaults follow Keras 2.2; names are camelCased and keyword arguments
 * become immutable options values ({@link FitOptions}, {@link EvaluateOptions}, {@link
 * PredictOptions}). The model computes on the backend chosen when it is created.
 *
 * <pre>{@code
 * Sequential model = Sequential.create();
 * model.add(new Dense(32).inputShape(500));
 * model.add(new Dense(10).activation("softmax"));
 * model.compile("rmsprop", "categorical_crossentropy", List.of("accuracy"));
 * History history = model.fit(data, labels, FitOptions.defaults().epochs(10));
 * }</pre>
 *
 * <p>Errors follow the spec's mapping: training or evaluating before {@code compile} throws {@link
 * IllegalStateException}; a bad name, shape or value throws {@link IllegalArgumentException} whose
 * message names the argument, what was expected and what was received. A call that fails leaves the
 * model as it was.
 */
public interface Sequential {

    /** Creates an empty model on the discovered backend with an unseeded generator. */
    static Sequential create() {
        return create(SequentialOptions.defaults());
    }

    /**
     * Creates an empty model with the given backend and seed.
     *
     * @throws IllegalStateException if no engine is on the classpath
     */
    static Sequential create(SequentialOptions options) {
        ModelFactory factory =
                ServiceLoader.load(ModelFactory.class)
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "no jkeras engine found: add org.jkeras:"
                                                        + "jkeras-engine to the classpath"));
        return factory.newSequential(options);
    }

    /**
     * Adds a layer on top of the stack. The first layer must carry the input shape.
     *
     * @throws IllegalArgumentException if the name is taken or the first layer has no input shape
     */
    void add(Layer layer);

    /**
     * Removes and returns the top layer.
     *
     * @throws IllegalStateException if the model has no layers
     */
    Layer pop();

    /** Returns the layers in the order they were added. */
    List<Layer> layers();

    /**
     * Returns the layer with the given name.
     *
     * @throws IllegalArgumentException if none has it; the message lists the names that exist
     */
    Layer getLayer(String name);

    /**
     * Returns the layer at an index of {@link #layers()}.
     *
     * @throws IllegalArgumentException if the index is out of range
     */
    Layer getLayer(int index);

    /**
     * Configures training with an optimizer, a loss and metrics, all by Keras name.
     *
     * @throws IllegalArgumentException if a name is unknown; the message lists the known ones
     */
    void compile(String optimizer, String loss, List<String> metrics);

    /** Configures training by name, without metrics. */
    default void compile(String optimizer, String loss) {
        compile(optimizer, loss, List.of());
    }

    /** Configures training with optimizer, loss and metric objects. */
    void compile(Optimizer optimizer, Loss loss, List<Metric> metrics);

    /** Returns the labels of the scalars evaluate returns: {@code loss}, then each metric. */
    List<String> metricsNames();

    /**
     * Trains the model for a number of epochs on arrays of inputs and targets.
     *
     * @throws IllegalStateException if the model is not compiled
     */
    History fit(NDArray x, NDArray y, FitOptions options);

    /** Trains with Keras's default options. */
    default History fit(NDArray x, NDArray y) {
        return fit(x, y, FitOptions.defaults());
    }

    /**
     * Returns the loss and metrics on the given data, in {@link #metricsNames()} order (the loss
     * alone when there are no metrics), each the mean over the samples.
     *
     * @throws IllegalStateException if the model is not compiled
     */
    List<Double> evaluate(NDArray x, NDArray y, EvaluateOptions options);

    /** Evaluates with Keras's default options. */
    default List<Double> evaluate(NDArray x, NDArray y) {
        return evaluate(x, y, EvaluateOptions.defaults());
    }

    /** Returns the model's outputs for every sample, in input order. Needs no compile. */
    NDArray predict(NDArray x, PredictOptions options);

    /** Predicts with Keras's default options. */
    default NDArray predict(NDArray x) {
        return predict(x, PredictOptions.defaults());
    }

    /** Returns copies of every layer's weights, bottom layer first. */
    List<NDArray> getWeights();

    /** Replaces every layer's weights, in the order of {@link #getWeights()}. */
    void setWeights(List<NDArray> weights);

    /** Asks a running {@code fit} to stop after the current batch; Keras's stop_training. */
    void setStopTraining(boolean stop);

    /** Returns whether training was asked to stop. */
    boolean isStopTraining();

    /** Returns the name of the backend the model computes on. */
    String backendName();
}

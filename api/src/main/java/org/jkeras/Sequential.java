package org.jkeras;

import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.jkeras.ndarray.NDArray;

/**
 * A linear stack of layers, trained and run as Keras 2's {@code Sequential} model.
 *
 * <p>The methods and their defaults follow Keras 2.2; names are camelCased and keyword arguments
 * become immutable options values ({@link CompileOptions}, {@link FitOptions}, {@link
 * EvaluateOptions}, {@link PredictOptions}, {@link TrainOnBatchOptions}, and for the generator
 * methods {@link FitGeneratorOptions}, {@link EvaluateGeneratorOptions} and {@link
 * PredictGeneratorOptions}). The model computes on the backend chosen when it is created.
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
     * Configures training with every argument of Keras 2's {@code compile}: optimizer, loss,
     * metrics, sample weight mode, weighted metrics and target tensors. Replaces any earlier
     * configuration, including the optimizer's state.
     *
     * @throws IllegalArgumentException if a value is unknown or does not fit the model; the message
     *     names the argument and lists the valid choices. The model keeps its earlier
     *     configuration.
     * @throws IllegalStateException if the model has no layers
     */
    void compile(CompileOptions options);

    /**
     * Configures training with an optimizer, a loss and metrics, all by Keras name.
     *
     * @throws IllegalArgumentException if a name is unknown; the message lists the known ones
     */
    default void compile(String optimizer, String loss, List<String> metrics) {
        compile(CompileOptions.of(optimizer, loss).metrics(metrics));
    }

    /** Configures training by name, without metrics. */
    default void compile(String optimizer, String loss) {
        compile(CompileOptions.of(optimizer, loss));
    }

    /** Configures training with optimizer, loss and metric objects. */
    default void compile(Optimizer optimizer, Loss loss, List<Metric> metrics) {
        compile(CompileOptions.of(optimizer, loss).metrics(metrics));
    }

    /** Returns the labels of the scalars evaluate returns: {@code loss}, then each metric. */
    List<String> metricsNames();

    /**
     * Trains the model for a number of epochs on arrays of inputs and targets. {@code y} is null
     * when the model was compiled with target tensors.
     *
     * @throws IllegalStateException if the model is not compiled
     * @throws IllegalArgumentException if an array or option is invalid; nothing has changed then
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

    /**
     * Trains the model on batches from a {@link Sequence}, Keras's {@code fit_generator}. Worker
     * threads prepare up to {@code maxQueueSize} batches ahead while the model trains, and the
     * batches reach the model in index order (a new shuffled order each pass unless {@code shuffle}
     * is false). Each epoch takes {@code stepsPerEpoch} batches, by default the sequence's size; a
     * pass that ends mid-epoch continues with the next pass, as in Keras. No worker thread outlives
     * the call.
     *
     * <pre>{@code
     * History history = model.fitGenerator(batches,
     *         FitGeneratorOptions.defaults().epochs(10).workers(2).validationData(validation));
     * }</pre>
     *
     * @throws IllegalStateException if the model is not compiled
     * @throws IllegalArgumentException if an option or a batch is invalid; the weights and the
     *     optimizer state are then as before the call
     * @throws GeneratorException if the sequence throws; its exception is the cause
     * @throws java.util.concurrent.CancellationException if the calling thread is interrupted; the
     *     interrupt flag stays set
     */
    History fitGenerator(Sequence generator, FitGeneratorOptions options);

    /**
     * Trains the model on batches from a plain generator, an {@link Iterator} that yields {@code
     * (x, y)} or {@code (x, y, sampleWeight)} batches, for {@code stepsPerEpoch} batches per epoch
     * ({@code stepsPerEpoch} is required). An iterator is not thread-safe, so one worker thread
     * draws from it ahead of training whatever {@code workers} says above 0; it may draw up to
     * {@code maxQueueSize + 1} batches more than the call uses. A supplier of batches becomes an
     * endless iterator with {@code Stream.generate(supplier).iterator()}.
     *
     * @throws IllegalArgumentException if an option or a batch is invalid, or the iterator ends
     *     before the last step (the message names the step)
     * @throws GeneratorException if the iterator throws; its exception is the cause
     * @see #fitGenerator(Sequence, FitGeneratorOptions)
     */
    History fitGenerator(Iterator<Batch> generator, FitGeneratorOptions options);

    /** Trains on a {@link Sequence} with Keras's default options: one epoch over every batch. */
    default History fitGenerator(Sequence generator) {
        return fitGenerator(generator, FitGeneratorOptions.defaults());
    }

    /**
     * Returns the loss and metrics over {@code steps} batches of a {@link Sequence} (by default all
     * of them), in {@link #metricsNames()} order: the mean of the batch losses weighted by batch
     * size, and the metrics over every sample, as {@link #evaluate} computes them.
     *
     * @throws IllegalStateException if the model is not compiled
     * @throws GeneratorException if the sequence throws; its exception is the cause
     */
    List<Double> evaluateGenerator(Sequence generator, EvaluateGeneratorOptions options);

    /**
     * Returns the loss and metrics over {@code steps} batches of a plain generator ({@code steps}
     * is required).
     *
     * @see #evaluateGenerator(Sequence, EvaluateGeneratorOptions)
     * @see #fitGenerator(Iterator, FitGeneratorOptions)
     */
    List<Double> evaluateGenerator(Iterator<Batch> generator, EvaluateGeneratorOptions options);

    /** Evaluates every batch of a {@link Sequence} with Keras's default options. */
    default List<Double> evaluateGenerator(Sequence generator) {
        return evaluateGenerator(generator, EvaluateGeneratorOptions.defaults());
    }

    /**
     * Returns the model's outputs for {@code steps} batches of a {@link Sequence} (by default all
     * of them), concatenated in index order. Targets in the batches are ignored. Needs no compile.
     *
     * @throws GeneratorException if the sequence throws; its exception is the cause
     */
    NDArray predictGenerator(Sequence generator, PredictGeneratorOptions options);

    /**
     * Returns the model's outputs for {@code steps} batches of a plain generator ({@code steps} is
     * required), concatenated in the order the generator produced the inputs.
     *
     * @see #predictGenerator(Sequence, PredictGeneratorOptions)
     */
    NDArray predictGenerator(Iterator<Batch> generator, PredictGeneratorOptions options);

    /** Predicts every batch of a {@link Sequence} with Keras's default options. */
    default NDArray predictGenerator(Sequence generator) {
        return predictGenerator(generator, PredictGeneratorOptions.defaults());
    }

    /**
     * Runs one gradient update on exactly this batch and returns the loss and metrics computed
     * before the update, in {@link #metricsNames()} order. {@code y} is null when the model was
     * compiled with target tensors.
     *
     * @throws IllegalStateException if the model is not compiled
     * @throws IllegalArgumentException if an array or weight is invalid; nothing has changed then
     */
    List<Double> trainOnBatch(NDArray x, NDArray y, TrainOnBatchOptions options);

    /** Runs one gradient update on this batch, without sample or class weights. */
    default List<Double> trainOnBatch(NDArray x, NDArray y) {
        return trainOnBatch(x, y, TrainOnBatchOptions.defaults());
    }

    /**
     * Returns the loss and metrics on exactly this batch, weighted by {@code sampleWeight} when it
     * is not null, in {@link #metricsNames()} order.
     *
     * @throws IllegalStateException if the model is not compiled
     * @throws IllegalArgumentException if an array is invalid
     */
    List<Double> testOnBatch(NDArray x, NDArray y, NDArray sampleWeight);

    /** Returns the loss and metrics on this batch, unweighted. */
    default List<Double> testOnBatch(NDArray x, NDArray y) {
        return testOnBatch(x, y, null);
    }

    /** Returns the model's outputs for exactly this batch. Needs no compile. */
    NDArray predictOnBatch(NDArray x);

    /**
     * Passes Keras's summary table to {@code printFn} line by line: each layer's name and type,
     * output shape and parameter count between {@code _} and {@code =} rules, then the total,
     * trainable and non-trainable parameter counts, as Keras 2's {@code print_fn} receives them.
     *
     * <pre>{@code
     * StringBuilder text = new StringBuilder();
     * model.summary(line -> text.append(line).append('\n'));
     * }</pre>
     *
     * @throws IllegalStateException if the model has no layers
     */
    void summary(Consumer<String> printFn);

    /** Prints Keras's summary table to standard output. */
    default void summary() {
        summary(System.out::println);
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

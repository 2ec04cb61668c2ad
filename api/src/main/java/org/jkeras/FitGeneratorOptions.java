package org.jkeras;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The keyword arguments of {@code fitGenerator}, as an immutable value with Keras 2's defaults:
 * each setter returns a new instance, so one value can be shared and varied safely.
 *
 * <pre>{@code
 * FitGeneratorOptions options =
 *         FitGeneratorOptions.defaults().epochs(10).workers(4).maxQueueSize(16);
 * }</pre>
 *
 * <p>{@code useMultiprocessing} has no separate-process meaning on the JVM: the workers are threads
 * of this process either way, and the engine logs at debug that the flag was read that way. Values
 * are checked when {@code fitGenerator} runs, where the generator they refer to is known.
 */
public final class FitGeneratorOptions {

    private static final FitGeneratorOptions DEFAULTS = new FitGeneratorOptions(new Values());

    private final Values values;

    private FitGeneratorOptions(Values values) {
        this.values = values;
    }

    /**
     * Returns Keras's defaults: steps per epoch from the Sequence's size, one epoch, verbose 1,
     * queue of 10 batches, one worker, shuffled Sequence batches.
     */
    public static FitGeneratorOptions defaults() {
        return DEFAULTS;
    }

    /** Batches per epoch; default null, meaning the Sequence's size. Required for an Iterator. */
    public FitGeneratorOptions stepsPerEpoch(Integer value) {
        return with(v -> v.stepsPerEpoch = value);
    }

    /** Index of the last epoch (a count when {@code initialEpoch} is 0); default 1. */
    public FitGeneratorOptions epochs(int value) {
        return with(v -> v.epochs = value);
    }

    /** 0 silent, 1 progress bar counting steps, 2 one line per epoch; default 1. */
    public FitGeneratorOptions verbose(int value) {
        return with(v -> v.verbose = value);
    }

    /** Callbacks called during training, after the model's own History. */
    public FitGeneratorOptions callbacks(List<Callback> value) {
        List<Callback> copy = value == null ? null : List.copyOf(value);
        return with(v -> v.callbacks = copy);
    }

    /** Validation arrays evaluated after each epoch; replaces any validation generator. */
    public FitGeneratorOptions validationData(ValidationData value) {
        return with(v -> v.setValidation(value, null, null));
    }

    /** A validation Sequence evaluated after each epoch; replaces any other validation data. */
    public FitGeneratorOptions validationData(Sequence value) {
        return with(v -> v.setValidation(null, value, null));
    }

    /**
     * A validation generator drawn {@code validationSteps} batches after each epoch; replaces any
     * other validation data. Its batches continue from epoch to epoch, as in Keras.
     */
    public FitGeneratorOptions validationData(Iterator<Batch> value) {
        return with(v -> v.setValidation(null, null, value));
    }

    /** Validation batches per epoch; default null, meaning the validation Sequence's size. */
    public FitGeneratorOptions validationSteps(Integer value) {
        return with(v -> v.validationSteps = value);
    }

    /** Weight of each class index in the training loss. */
    public FitGeneratorOptions classWeight(Map<Integer, Double> value) {
        Map<Integer, Double> copy = value == null ? null : Map.copyOf(value);
        return with(v -> v.classWeight = copy);
    }

    /** Batches prepared ahead of training; default 10. */
    public FitGeneratorOptions maxQueueSize(int value) {
        return with(v -> v.maxQueueSize = value);
    }

    /** Worker threads preparing batches; 0 prepares them on the calling thread; default 1. */
    public FitGeneratorOptions workers(int value) {
        return with(v -> v.workers = value);
    }

    /**
     * Keras's process-based workers; on the JVM the workers are threads either way (see the class
     * description); default false.
     */
    public FitGeneratorOptions useMultiprocessing(boolean value) {
        return with(v -> v.useMultiprocessing = value);
    }

    /** Whether each pass over a Sequence visits its indices in a new random order; default true. */
    public FitGeneratorOptions shuffle(boolean value) {
        return with(v -> v.shuffle = value);
    }

    /** Epoch to resume training from; default 0. */
    public FitGeneratorOptions initialEpoch(int value) {
        return with(v -> v.initialEpoch = value);
    }

    /** Returns the batches per epoch, or null. */
    public Integer stepsPerEpoch() {
        return values.stepsPerEpoch;
    }

    /** Returns the index of the last epoch. */
    public int epochs() {
        return values.epochs;
    }

    /** Returns the verbosity. */
    public int verbose() {
        return values.verbose;
    }

    /** Returns the user's callbacks, or null if set to null. */
    public List<Callback> callbacks() {
        return values.callbacks;
    }

    /** Returns the validation arrays, or null. */
    public ValidationData validationData() {
        return values.validationArrays;
    }

    /** Returns the validation Sequence, or null. */
    public Sequence validationSequence() {
        return values.validationSequence;
    }

    /** Returns the validation generator, or null. */
    public Iterator<Batch> validationGenerator() {
        return values.validationGenerator;
    }

    /** Returns the validation batches per epoch, or null. */
    public Integer validationSteps() {
        return values.validationSteps;
    }

    /** Returns the class weights, or null. */
    public Map<Integer, Double> classWeight() {
        return values.classWeight;
    }

    /** Returns the number of batches prepared ahead. */
    public int maxQueueSize() {
        return values.maxQueueSize;
    }

    /** Returns the number of worker threads. */
    public int workers() {
        return values.workers;
    }

    /** Returns whether Keras's process-based workers were asked for. */
    public boolean useMultiprocessing() {
        return values.useMultiprocessing;
    }

    /** Returns whether Sequence batches are shuffled each pass. */
    public boolean shuffle() {
        return values.shuffle;
    }

    /** Returns the epoch training resumes from. */
    public int initialEpoch() {
        return values.initialEpoch;
    }

    private FitGeneratorOptions with(Consumer<Values> change) {
        Values next = values.copy();
        change.accept(next);
        return new FitGeneratorOptions(next);
    }

    /** The option values; each instance is changed only before it is wrapped. */
    private static final class Values {
        private Integer stepsPerEpoch;
        private int epochs = 1;
        private int verbose = 1;
        private List<Callback> callbacks = List.of();
        private ValidationData validationArrays;
        private Sequence validationSequence;
        private Iterator<Batch> validationGenerator;
        private Integer validationSteps;
        private Map<Integer, Double> classWeight;
        private int maxQueueSize = 10;
        private int workers = 1;
        private boolean useMultiprocessing;
        private boolean shuffle = true;
        private int initialEpoch;

        void setValidation(ValidationData arrays, Sequence sequence, Iterator<Batch> generator) {
            validationArrays = arrays;
            validationSequence = sequence;
            validationGenerator = generator;
        }

        Values copy() {
            Values copy = new Values();
            copy.stepsPerEpoch = stepsPerEpoch;
            copy.epochs = epochs;
            copy.verbose = verbose;
            copy.callbacks = callbacks;
            copy.setValidation(validationArrays, validationSequence, validationGenerator);
            copy.validationSteps = validationSteps;
            copy.classWeight = classWeight;
            copy.maxQueueSize = maxQueueSize;
            copy.workers = workers;
            copy.useMultiprocessing = useMultiprocessing;
            copy.shuffle = shuffle;
            copy.initialEpoch = initialEpoch;
            return copy;
        }
    }
}

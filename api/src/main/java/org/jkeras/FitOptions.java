package org.jkeras;

import java.util.List;
import java.util.Map;
import org.jkeras.ndarray.NDArray;

/**
 * The keyword arguments of {@code fit}, as an immutable value with Keras 2's defaults: each setter
 * returns a new instance, so one value can be shared and varied safely.
 *
 * <pre>{@code
 * FitOptions options = FitOptions.defaults().epochs(10).batchSize(32).verbose(0);
 * }</pre>
 *
 * <p>Values are checked when {@code fit} runs, where the data they refer to is known.
 */
public final class FitOptions {

    private static final FitOptions DEFAULTS =
            new FitOptions(32, 1, 1, List.of(), 0.0, null, Shuffle.TRUE, null, null, 0, null, null);

    private final int batchSize;
    private final int epochs;
    private final int verbose;
    private final List<Callback> callbacks;
    private final double validationSplit;
    private final ValidationData validationData;
    private final Shuffle shuffle;
    private final Map<Integer, Double> classWeight;
    private final NDArray sampleWeight;
    private final int initialEpoch;
    private final Integer stepsPerEpoch;
    private final Integer validationSteps;

    private FitOptions(
            int batchSize,
            int epochs,
            int verbose,
            List<Callback> callbacks,
            double validationSplit,
            ValidationData validationData,
            Shuffle shuffle,
            Map<Integer, Double> classWeight,
            NDArray sampleWeight,
            int initialEpoch,
            Integer stepsPerEpoch,
            Integer validationSteps) {
        this.batchSize = batchSize;
        this.epochs = epochs;
        this.verbose = verbose;
        this.callbacks = List.copyOf(callbacks);
        this.validationSplit = validationSplit;
        this.validationData = validationData;
        this.shuffle = shuffle;
        this.classWeight = classWeight == null ? null : Map.copyOf(classWeight);
        this.sampleWeight = sampleWeight;
        this.initialEpoch = initialEpoch;
        this.stepsPerEpoch = stepsPerEpoch;
        this.validationSteps = validationSteps;
    }

    /** Returns Keras's defaults: batch size 32, one epoch, verbose 1, shuffled. */
    public static FitOptions defaults() {
        return DEFAULTS;
    }

    /** Samples per gradient update; default 32. */
    public FitOptions batchSize(int value) {
        return new FitOptions(
                value,
                epochs,
                verbose,
                callbacks,
                validationSplit,
                validationData,
                shuffle,
                classWeight,
                sampleWeight,
                initialEpoch,
                stepsPerEpoch,
                validationSteps);
    }

    /** Index of the last epoch (a count when {@code initialEpoch} is 0); default 1. */
    public FitOptions epochs(int value) {
        return new FitOptions(
                batchSize,
                value,
                verbose,
                callbacks,
                validationSplit,
                validationData,
                shuffle,
                classWeight,
                sampleWeight,
                initialEpoch,
                stepsPerEpoch,
                validationSteps);
    }

    /** 0 silent, 1 progress bar, 2 one line per epoch; default 1. */
    public FitOptions verbose(int value) {
        return new FitOptions(
                batchSize,
                epochs,
                value,
                callbacks,
                validationSplit,
                validationData,
                shuffle,
                classWeight,
                sampleWeight,
                initialEpoch,
                stepsPerEpoch,
                validationSteps);
    }

    /** Callbacks called during training, after the model's own History. */
    public FitOptions callbacks(List<Callback> value) {
        return new FitOptions(
                batchSize,
                epochs,
                verbose,
                value,
                validationSplit,
                validationData,
                shuffle,
                classWeight,
                sampleWeight,
                initialEpoch,
                stepsPerEpoch,
                validationSteps);
    }

    /** Fraction in [0, 1) of the samples, taken from the end, held out for validation. */
    public FitOptions validationSplit(double value) {
        return new FitOptions(
                batchSize,
                epochs,
                verbose,
                callbacks,
                value,
                validationData,
                shuffle,
                classWeight,
                sampleWeight,
                initialEpoch,
                stepsPerEpoch,
                validationSteps);
    }

    /** Data evaluated after each epoch; overrides {@link #validationSplit(double)}. */
    public FitOptions validationData(ValidationData value) {
        return new FitOptions(
                batchSize,
                epochs,
                verbose,
                callbacks,
                validationSplit,
                value,
                shuffle,
                classWeight,
                sampleWeight,
                initialEpoch,
                stepsPerEpoch,
                validationSteps);
    }

    /** How samples are ordered each epoch; default {@link Shuffle#TRUE}. */
    public FitOptions shuffle(Shuffle value) {
        return new FitOptions(
                batchSize,
                epochs,
                verbose,
                callbacks,
                validationSplit,
                validationData,
                value,
                classWeight,
                sampleWeight,
                initialEpoch,
                stepsPerEpoch,
                validationSteps);
    }

    /** Shorthand for {@link #shuffle(Shuffle)} with {@code TRUE} or {@code FALSE}. */
    public FitOptions shuffle(boolean value) {
        return shuffle(value ? Shuffle.TRUE : Shuffle.FALSE);
    }

    /** Weight of each class index in the training loss. */
    public FitOptions classWeight(Map<Integer, Double> value) {
        return new FitOptions(
                batchSize,
                epochs,
                verbose,
                callbacks,
                validationSplit,
                validationData,
                shuffle,
                value,
                sampleWeight,
                initialEpoch,
                stepsPerEpoch,
                validationSteps);
    }

    /** Weight of each sample (1-D), or of each sample and step (2-D, temporal mode). */
    public FitOptions sampleWeight(NDArray value) {
        return new FitOptions(
                batchSize,
                epochs,
                verbose,
                callbacks,
                validationSplit,
                validationData,
                shuffle,
                classWeight,
                value,
                initialEpoch,
                stepsPerEpoch,
                validationSteps);
    }

    /** Epoch to resume training from; default 0. */
    public FitOptions initialEpoch(int value) {
        return new FitOptions(
                batchSize,
                epochs,
                verbose,
                callbacks,
                validationSplit,
                validationData,
                shuffle,
                classWeight,
                sampleWeight,
                value,
                stepsPerEpoch,
                validationSteps);
    }

    /** Batches per epoch; default none, meaning {@code ceil(samples / batchSize)}. */
    public FitOptions stepsPerEpoch(Integer value) {
        return new FitOptions(
                batchSize,
                epochs,
                verbose,
                callbacks,
                validationSplit,
                validationData,
                shuffle,
                classWeight,
                sampleWeight,
                initialEpoch,
                value,
                validationSteps);
    }

    /** Validation batches per epoch, only with {@link #stepsPerEpoch(Integer)}. */
    public FitOptions validationSteps(Integer value) {
        return new FitOptions(
                batchSize,
                epochs,
                verbose,
                callbacks,
                validationSplit,
                validationData,
                shuffle,
                classWeight,
                sampleWeight,
                initialEpoch,
                stepsPerEpoch,
                value);
    }

    /** Returns the batch size. */
    public int batchSize() {
        return batchSize;
    }

    /** Returns the index of the last epoch. */
    public int epochs() {
        return epochs;
    }

    /** Returns the verbosity. */
    public int verbose() {
        return verbose;
    }

    /** Returns the user's callbacks. */
    public List<Callback> callbacks() {
        return callbacks;
    }

    /** Returns the validation fraction. */
    public double validationSplit() {
        return validationSplit;
    }

    /** Returns the validation data, or null. */
    public ValidationData validationData() {
        return validationData;
    }

    /** Returns the shuffle mode. */
    public Shuffle shuffle() {
        return shuffle;
    }

    /** Returns the class weights, or null. */
    public Map<Integer, Double> classWeight() {
        return classWeight;
    }

    /** Returns the sample weights, or null. */
    public NDArray sampleWeight() {
        return sampleWeight;
    }

    /** Returns the epoch training resumes from. */
    public int initialEpoch() {
        return initialEpoch;
    }

    /** Returns the batches per epoch, or null. */
    public Integer stepsPerEpoch() {
        return stepsPerEpoch;
    }

    /** Returns the validation batches per epoch, or null. */
    public Integer validationSteps() {
        return validationSteps;
    }
}

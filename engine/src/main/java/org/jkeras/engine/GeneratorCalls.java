package org.jkeras.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jkeras.Batch;
import org.jkeras.Callback;
import org.jkeras.EvaluateGeneratorOptions;
import org.jkeras.FitGeneratorOptions;
import org.jkeras.History;
import org.jkeras.PredictGeneratorOptions;
import org.jkeras.Sequential;
import org.jkeras.ValidationData;
import org.jkeras.callbacks.CallbackList;
import org.jkeras.generators.BatchSource;
import org.jkeras.generators.BatchStream;
import org.jkeras.generators.StreamSettings;
import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;
import org.jkeras.training.SampleWeights;

/**
 * Keras 2.2.4's {@code fit_generator}, {@code evaluate_generator} and {@code predict_generator}:
 * the {@link FitLoop} and {@link EvaluationLoop} over a generator's batches, each batch checked
 * like the arrays of {@code trainOnBatch}, {@code testOnBatch} and {@code predictOnBatch} before it
 * is used. The streams are closed, and their workers joined, before a call returns or throws.
 *
 * <p>A shuffled Sequence's order comes from a generator seeded once per call from the model's, on
 * the calling thread, so the same seed gives the same orders whatever the number of workers.
 */
final class GeneratorCalls {

    private final LayerStack stack;
    private final FitLoop fitLoop;
    private final EvaluationLoop evaluation;
    private final SeededRandom random;

    GeneratorCalls(
            LayerStack stack, FitLoop fitLoop, EvaluationLoop evaluation, SeededRandom random) {
        this.stack = stack;
        this.fitLoop = fitLoop;
        this.evaluation = evaluation;
        this.random = random;
    }

    History fit(
            Sequential owner,
            CompiledModel model,
            BatchSource source,
            FitGeneratorOptions options) {
        StreamSettings settings = GeneratorChecks.checkFit(options);
        requireNoTargetTensors(model, "fitGenerator");
        int steps = source.steps("stepsPerEpoch", options.stepsPerEpoch());
        BatchSource validationSource = validationSource(options);
        int validationSteps =
                validationSource == null
                        ? 0
                        : validationSource.steps("validationSteps", options.validationSteps());
        FeedBatch validationArrays = validationArrays(model, options.validationData());
        List<Callback> all = new ArrayList<>();
        History history = new History();
        all.add(history);
        all.addAll(options.callbacks());
        CallbackList callbacks = new CallbackList(owner, all);
        boolean trains = options.epochs() > options.initialEpoch();
        SeededRandom shuffle =
                trains && options.shuffle() && source.isSequence()
                        ? new SeededRandom(random.nextLong())
                        : null;
        ModelSnapshot before = ModelSnapshot.take(stack, model.optimizer());
        try (BatchStream training = trains ? source.open("fitGenerator", settings, shuffle) : null;
                BatchStream validation =
                        trains && validationSource != null
                                ? validationSource.open("fitGenerator", settings, null)
                                : null) {
            GeneratorFeed feed =
                    new GeneratorFeed(training, steps, "", trainingBatches(model, options));
            FitPlan.Validation validate = null;
            if (validation != null) {
                validate =
                        (lastSize, completed) ->
                                completed
                                        ? evaluation.evaluate(
                                                model,
                                                new GeneratorFeed(
                                                        validation,
                                                        validationSteps,
                                                        "validation ",
                                                        testBatches(model)),
                                                0)
                                        : null;
            } else if (validationArrays != null) {
                validate =
                        (lastSize, completed) ->
                                completed
                                        ? evaluation.evaluate(
                                                model, arrayFeed(validationArrays, lastSize), 0)
                                        : null;
            }
            FitPlan plan =
                    new FitPlan(
                            feed,
                            validate,
                            options.initialEpoch(),
                            options.epochs(),
                            options.verbose());
            return fitLoop.run(owner, model, plan, callbacks, history);
        } catch (RuntimeException e) {
            before.restore(stack, model.optimizer(), e);
            throw e;
        }
    }

    List<Double> evaluate(
            CompiledModel model, BatchSource source, EvaluateGeneratorOptions options) {
        StreamSettings settings = GeneratorChecks.checkEvaluate(options);
        requireNoTargetTensors(model, "evaluateGenerator");
        int steps = source.steps("steps", options.steps());
        try (BatchStream stream = source.open("evaluateGenerator", settings, null)) {
            GeneratorFeed feed = new GeneratorFeed(stream, steps, "", testBatches(model));
            return evaluation.evaluate(model, feed, options.verbose());
        }
    }

    NDArray predict(BatchSource source, PredictGeneratorOptions options) {
        StreamSettings settings = GeneratorChecks.checkPredict(options);
        int steps = source.steps("steps", options.steps());
        try (BatchStream stream = source.open("predictGenerator", settings, null)) {
            GeneratorFeed feed = new GeneratorFeed(stream, steps, "", this::predictionBatch);
            return evaluation.predict(feed, stack.outputShape(), options.verbose());
        }
    }

    private static BatchSource validationSource(FitGeneratorOptions options) {
        if (options.validationSequence() != null) {
            return BatchSource.of("validationData", options.validationSequence());
        }
        if (options.validationGenerator() != null) {
            return BatchSource.of("validationData", options.validationGenerator());
        }
        return null;
    }

    /** Returns the checked validation arrays, as one batch, or null without them. */
    private FeedBatch validationArrays(CompiledModel model, ValidationData data) {
        if (data == null) {
            return null;
        }
        checkData(model, "validationData.x", "validationData.y", data.x(), data.y());
        NDArray weights =
                SampleWeights.standardize(
                        "validationData.sampleWeight",
                        data.y(),
                        stack.outputShape(),
                        data.sampleWeight(),
                        null,
                        model.temporal());
        return new FeedBatch(
                FeedBatch.float32(data.x()),
                FeedBatch.float32(data.y()),
                weights,
                data.x().length(),
                data.x().length());
    }

    /** Keras evaluates validation arrays in batches of the epoch's last training batch's size. */
    private static BatchFeed arrayFeed(FeedBatch arrays, int batchSize) {
        return ArrayFeed.inOrder(arrays.x(), arrays.y(), arrays.weights(), batchSize, null);
    }

    private GeneratorFeed.Preparer trainingBatches(
            CompiledModel model, FitGeneratorOptions options) {
        Map<Integer, Double> classWeight = options.classWeight();
        return (batch, step) -> labelledBatch(model, batch, step, classWeight);
    }

    private GeneratorFeed.Preparer testBatches(CompiledModel model) {
        return (batch, step) -> labelledBatch(model, batch, step, null);
    }

    private FeedBatch labelledBatch(
            CompiledModel model, Batch batch, String step, Map<Integer, Double> classWeight) {
        String where = " of the batch at " + step;
        checkData(model, "x" + where, "y" + where, batch.x(), batch.y());
        NDArray weights =
                SampleWeights.standardize(
                        "sampleWeight" + where,
                        batch.y(),
                        stack.outputShape(),
                        batch.sampleWeight(),
                        classWeight,
                        model.temporal());
        int samples = batch.x().length();
        return new FeedBatch(
                FeedBatch.float32(batch.x()), FeedBatch.float32(batch.y()), weights, samples, 1);
    }

    private FeedBatch predictionBatch(Batch batch, String step) {
        DataChecks.checkInputs("x of the batch at " + step, batch.x(), stack.inputShape());
        return new FeedBatch(FeedBatch.float32(batch.x()), null, null, batch.x().length(), 1);
    }

    private void checkData(CompiledModel model, String xName, String yName, NDArray x, NDArray y) {
        DataChecks.checkData(
                xName, yName, x, y, stack.inputShape(), stack.outputShape(), model.loss().name());
    }

    private static void requireNoTargetTensors(CompiledModel model, String call) {
        if (model.targetTensors() != null) {
            throw new UnsupportedOperationException(
                    call
                            + " does not support a model compiled with targetTensors, which fix"
                            + " the targets of whole arrays; compile without them and yield"
                            + " (x, y) batches");
        }
    }
}

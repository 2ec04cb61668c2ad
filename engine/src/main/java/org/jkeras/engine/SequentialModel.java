package org.jkeras.engine;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.jkeras.Batch;
import org.jkeras.Callback;
import org.jkeras.CompileOptions;
import org.jkeras.EvaluateGeneratorOptions;
import org.jkeras.EvaluateOptions;
import org.jkeras.FitGeneratorOptions;
import org.jkeras.FitOptions;
import org.jkeras.History;
import org.jkeras.Layer;
import org.jkeras.PredictGeneratorOptions;
import org.jkeras.PredictOptions;
import org.jkeras.Sequence;
import org.jkeras.Sequential;
import org.jkeras.TrainOnBatchOptions;
import org.jkeras.ValidationData;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.callbacks.CallbackList;
import org.jkeras.generators.BatchSource;
import org.jkeras.layers.BaseLayer;
import org.jkeras.layers.ForwardPass;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;
import org.jkeras.spi.Backend;
import org.jkeras.training.Batches;
import org.jkeras.training.ProgressOutput;
import org.jkeras.training.SampleWeights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's {@link Sequential}: a {@link LayerStack} computing on one backend, trained with
 * reverse-mode gradients from a {@link GradientTape}.
 *
 * <p>Every batch runs in its own {@link ForwardPass} ({@link BatchSteps}); {@link FitLoop} and
 * {@link EvaluationLoop} drive the batches, from arrays ({@link ArrayFeed}) or, for the generator
 * methods ({@link GeneratorCalls}), from a generator ({@link GeneratorFeed}). This class checks
 * every argument before anything changes, so a call that fails on bad input leaves the model, its
 * weights, its optimizer state and the caller's arrays as they were; {@code fit} also puts the
 * weights and the optimizer state back when training fails part way, from a {@link ModelSnapshot}.
 */
public final class SequentialModel implements Sequential {

    private static final Logger LOG = LoggerFactory.getLogger(SequentialModel.class);

    private final Backend backend;
    private final SeededRandom random;
    private final ProgressOutput progress;
    private final ModelCompiler compiler;
    private final LayerStack stack;
    private final BatchSteps steps;
    private final EvaluationLoop evaluation;
    private final FitLoop fitLoop;
    private final GeneratorCalls generators;
    private CompiledModel compiled;
    private volatile boolean stopTraining;

    @Inject
    SequentialModel(
            Backend backend,
            SeededRandom random,
            ProgressOutput progress,
            ModelRegistries registries) {
        this.backend = backend;
        this.progress = progress;
        this.compiler = new ModelCompiler(registries);
        this.stack = new LayerStack(backend, random);
        this.steps = new BatchSteps(backend, random, stack);
        this.evaluation = new EvaluationLoop(steps, progress);
        this.fitLoop = new FitLoop(steps, progress);
        this.generators = new GeneratorCalls(stack, fitLoop, evaluation, random);
        this.random = random;
    }

    // ---- the stack ----

    @Override
    public void add(Layer layer) {
        BaseLayer added = stack.add(layer);
        invalidateCompile();
        LOG.debug("added layer {} with output shape {}", added.name(), added.outputShape());
    }

    @Override
    public Layer pop() {
        Layer removed = stack.pop();
        invalidateCompile();
        return removed;
    }

    @Override
    public List<Layer> layers() {
        return List.copyOf(stack.all());
    }

    @Override
    public Layer getLayer(String name) {
        return stack.get(name);
    }

    @Override
    public Layer getLayer(int index) {
        return stack.get(index);
    }

    @Override
    public void summary(Consumer<String> printFn) {
        requireLayers("summary");
        if (printFn == null) {
            throw new IllegalArgumentException("printFn must not be null. Received: null");
        }
        ModelSummary.print(stack.all(), printFn);
    }

    // ---- compile ----

    @Override
    public void compile(CompileOptions options) {
        requireLayers("compile");
        CompiledModel next = compiler.compile(options, stack.outputName(), stack.outputShape());
        if (compiled != null && compiled.optimizer() != next.optimizer()) {
            compiled.optimizer().release();
        }
        compiled = next;
        LOG.debug(
                "compiled with optimizer {}, loss {}, metrics {}",
                next.optimizer().name(),
                next.loss().name(),
                next.metricNames());
    }

    private void invalidateCompile() {
        if (compiled != null) {
            compiled.optimizer().release();
            compiled = null;
        }
    }

    @Override
    public List<String> metricsNames() {
        if (compiled == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        names.add("loss");
        names.addAll(compiled.metricNames());
        return List.copyOf(names);
    }

    // ---- fit ----

    @Override
    public History fit(NDArray x, NDArray y, FitOptions options) {
        CompiledModel model = requireCompiled("fit");
        FitChecks.check(options);
        NDArray targets = targetsFor(model, y);
        checkData("x", targetsName(model), x, targets);
        NDArray weights =
                SampleWeights.standardize(
                        "sampleWeight",
                        targets,
                        stack.outputShape(),
                        options.sampleWeight(),
                        options.classWeight(),
                        model.temporal());
        FitData data = splitForValidation(model, x, targets, weights, options);
        FitChecks.checkStepwiseValidation(options, data.hasValidation());
        List<Callback> all = new ArrayList<>();
        History history = new History();
        all.add(history);
        all.addAll(options.callbacks());
        CallbackList callbacks = new CallbackList(this, all);
        FitPlan plan =
                new FitPlan(
                        ArrayFeed.training(
                                data.x(),
                                data.y(),
                                data.weights(),
                                options.batchSize(),
                                options.stepsPerEpoch(),
                                options.shuffle(),
                                random),
                        data.hasValidation() ? arrayValidation(model, data, options) : null,
                        options.initialEpoch(),
                        options.epochs(),
                        options.verbose());
        if (options.verbose() > 0 && data.hasValidation()) {
            progress.stream()
                    .println(
                            "Train on "
                                    + data.x().length()
                                    + " samples, validate on "
                                    + data.valX().length()
                                    + " samples");
        }
        ModelSnapshot before = ModelSnapshot.take(stack, model.optimizer());
        try {
            return fitLoop.run(this, model, plan, callbacks, history);
        } catch (RuntimeException e) {
            before.restore(stack, model.optimizer(), e);
            throw e;
        }
    }

    /** Keras 2.2.4 validates arrays after every epoch, whether or not it was stopped early. */
    private FitPlan.Validation arrayValidation(
            CompiledModel model, FitData data, FitOptions options) {
        return (lastBatchSize, completed) ->
                evaluation.evaluate(
                        model,
                        ArrayFeed.inOrder(
                                data.valX(),
                                data.valY(),
                                data.valWeights(),
                                options.batchSize(),
                                options.validationSteps()),
                        0);
    }

    /**
     * Returns the training and validation arrays: the validation data if given, else the last
     * samples by {@code validationSplit}, whose sample weights go with them. Class weights weigh
     * training only, so split-off validation samples then count alike.
     */
    private FitData splitForValidation(
            CompiledModel model, NDArray x, NDArray y, NDArray weights, FitOptions options) {
        ValidationData validation = options.validationData();
        if (validation != null) {
            checkData("validationData.x", "validationData.y", validation.x(), validation.y());
            NDArray valWeights =
                    SampleWeights.standardize(
                            "validationData.sampleWeight",
                            validation.y(),
                            stack.outputShape(),
                            validation.sampleWeight(),
                            null,
                            model.temporal());
            return new FitData(
                    asFloat(x),
                    asFloat(y),
                    weights,
                    asFloat(validation.x()),
                    asFloat(validation.y()),
                    valWeights);
        }
        if (options.validationSplit() > 0) {
            int at = Batches.splitAt(x.length(), options.validationSplit());
            boolean byClass = options.classWeight() != null;
            return new FitData(
                    asFloat(x.rows(0, at)),
                    asFloat(y.rows(0, at)),
                    weights == null ? null : weights.rows(0, at),
                    asFloat(x.rows(at, x.length())),
                    asFloat(y.rows(at, y.length())),
                    weights == null || byClass ? null : weights.rows(at, weights.length()));
        }
        return new FitData(asFloat(x), asFloat(y), weights, null, null, null);
    }

    // ---- evaluate and predict ----

    @Override
    public List<Double> evaluate(NDArray x, NDArray y, EvaluateOptions options) {
        CompiledModel model = requireCompiled("evaluate");
        DataChecks.requireOptions(options);
        DataChecks.requirePositive("batchSize", options.batchSize());
        DataChecks.requireVerbose(options.verbose());
        DataChecks.requirePositiveOrNull("steps", options.steps());
        NDArray targets = targetsFor(model, y);
        checkData("x", targetsName(model), x, targets);
        NDArray weights =
                SampleWeights.standardize(
                        "sampleWeight",
                        targets,
                        stack.outputShape(),
                        options.sampleWeight(),
                        null,
                        model.temporal());
        return evaluation.evaluate(
                model,
                ArrayFeed.inOrder(
                        asFloat(x),
                        asFloat(targets),
                        weights,
                        options.batchSize(),
                        options.steps()),
                options.verbose());
    }

    @Override
    public NDArray predict(NDArray x, PredictOptions options) {
        requireLayers("predict");
        DataChecks.requireOptions(options);
        DataChecks.requirePositive("batchSize", options.batchSize());
        DataChecks.requireVerbose(options.verbose());
        DataChecks.requirePositiveOrNull("steps", options.steps());
        DataChecks.checkInputs("x", x, stack.inputShape());
        return evaluation.predict(
                ArrayFeed.inOrder(asFloat(x), null, null, options.batchSize(), options.steps()),
                stack.outputShape(),
                options.verbose());
    }

    // ---- the generator methods ----

    @Override
    public History fitGenerator(Sequence generator, FitGeneratorOptions options) {
        return generators.fit(
                this,
                requireCompiled("fitGenerator"),
                BatchSource.of("generator", generator),
                options);
    }

    @Override
    public History fitGenerator(Iterator<Batch> generator, FitGeneratorOptions options) {
        return generators.fit(
                this,
                requireCompiled("fitGenerator"),
                BatchSource.of("generator", generator),
                options);
    }

    @Override
    public List<Double> evaluateGenerator(Sequence generator, EvaluateGeneratorOptions options) {
        return generators.evaluate(
                requireCompiled("evaluateGenerator"),
                BatchSource.of("generator", generator),
                options);
    }

    @Override
    public List<Double> evaluateGenerator(
            Iterator<Batch> generator, EvaluateGeneratorOptions options) {
        return generators.evaluate(
                requireCompiled("evaluateGenerator"),
                BatchSource.of("generator", generator),
                options);
    }

    @Override
    public NDArray predictGenerator(Sequence generator, PredictGeneratorOptions options) {
        requireLayers("predictGenerator");
        return generators.predict(BatchSource.of("generator", generator), options);
    }

    @Override
    public NDArray predictGenerator(Iterator<Batch> generator, PredictGeneratorOptions options) {
        requireLayers("predictGenerator");
        return generators.predict(BatchSource.of("generator", generator), options);
    }

    // ---- the batch methods ----

    @Override
    public List<Double> trainOnBatch(NDArray x, NDArray y, TrainOnBatchOptions options) {
        CompiledModel model = requireCompiled("trainOnBatch");
        DataChecks.requireOptions(options);
        NDArray targets = targetsFor(model, y);
        checkData("x", targetsName(model), x, targets);
        NDArray weights =
                SampleWeights.standardize(
                        "sampleWeight",
                        targets,
                        stack.outputShape(),
                        options.sampleWeight(),
                        options.classWeight(),
                        model.temporal());
        model.resetMetrics();
        double loss = steps.train(model, asFloat(x), asFloat(targets), weights);
        return new ArrayList<>(model.results(loss).values());
    }

    @Override
    public List<Double> testOnBatch(NDArray x, NDArray y, NDArray sampleWeight) {
        CompiledModel model = requireCompiled("testOnBatch");
        NDArray targets = targetsFor(model, y);
        checkData("x", targetsName(model), x, targets);
        NDArray weights =
                SampleWeights.standardize(
                        "sampleWeight",
                        targets,
                        stack.outputShape(),
                        sampleWeight,
                        null,
                        model.temporal());
        model.resetMetrics();
        double loss = steps.test(model, asFloat(x), asFloat(targets), weights);
        return new ArrayList<>(model.results(loss).values());
    }

    @Override
    public NDArray predictOnBatch(NDArray x) {
        requireLayers("predictOnBatch");
        DataChecks.checkInputs("x", x, stack.inputShape());
        return steps.predict(asFloat(x));
    }

    // ---- weights and state ----

    @Override
    public List<NDArray> getWeights() {
        return stack.getWeights();
    }

    @Override
    public void setWeights(List<NDArray> weights) {
        stack.setWeights(weights);
    }

    @Override
    public void setStopTraining(boolean stop) {
        this.stopTraining = stop;
    }

    @Override
    public boolean isStopTraining() {
        return stopTraining;
    }

    @Override
    public String backendName() {
        return backend.name();
    }

    // ---- checks ----

    private void requireLayers(String call) {
        if (stack.isEmpty()) {
            throw new IllegalStateException(call + ": the model has no layers; add layers first");
        }
    }

    private CompiledModel requireCompiled(String call) {
        if (compiled == null) {
            throw new IllegalStateException(
                    call
                            + ": the model must be compiled first; call compile(optimizer, loss,"
                            + " metrics) after the last add or pop");
        }
        return compiled;
    }

    /** Returns {@code y}, or the compiled target tensors, which then replace any {@code y}. */
    private static NDArray targetsFor(CompiledModel model, NDArray y) {
        NDArray fixed = model.targetTensors();
        if (fixed == null) {
            return y;
        }
        if (y != null) {
            throw new IllegalArgumentException(
                    "y must be null when the model was compiled with targetTensors. Received: an"
                            + " array of shape "
                            + Arrays.toString(y.shape()));
        }
        return fixed;
    }

    private static String targetsName(CompiledModel model) {
        return model.targetTensors() == null ? "y" : "targetTensors";
    }

    private void checkData(String xName, String yName, NDArray x, NDArray y) {
        DataChecks.checkData(
                xName,
                yName,
                x,
                y,
                stack.inputShape(),
                stack.outputShape(),
                compiled.loss().name());
    }

    private static NDArray asFloat(NDArray array) {
        return array.dtype() == DType.FLOAT32 ? array : array.cast(DType.FLOAT32);
    }
}

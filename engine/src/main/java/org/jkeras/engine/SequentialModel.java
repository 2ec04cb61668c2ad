package org.jkeras.engine;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeras.Callback;
import org.jkeras.EvaluateOptions;
import org.jkeras.FitOptions;
import org.jkeras.History;
import org.jkeras.Layer;
import org.jkeras.Loss;
import org.jkeras.Metric;
import org.jkeras.Optimizer;
import org.jkeras.PredictOptions;
import org.jkeras.Sequential;
import org.jkeras.ValidationData;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.callbacks.CallbackList;
import org.jkeras.layers.BaseLayer;
import org.jkeras.layers.ForwardPass;
import org.jkeras.losses.LossFunction;
import org.jkeras.metrics.MetricFunction;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.ndarray.Shapes;
import org.jkeras.optimizers.OptimizerBase;
import org.jkeras.random.SeededRandom;
import org.jkeras.spi.Backend;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.training.Batches;
import org.jkeras.training.Progbar;
import org.jkeras.training.ProgressOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's {@link Sequential}: a stack of {@link BaseLayer}s computing on one backend, trained
 * with reverse-mode gradients from a {@link GradientTape}.
 *
 * <p>Every train step runs in its own {@link ForwardPass}: upload the batch, forward in training
 * mode, loss, gradients, the optimizer's in-place update, then close the pass, so nothing made for
 * a step outlives it; only the weights (owned by the layers) and the optimizer's slots persist.
 * Every input is checked before anything changes, so a call that fails on bad input leaves the
 * model as it was.
 */
public final class SequentialModel implements Sequential {

    private static final Logger LOG = LoggerFactory.getLogger(SequentialModel.class);
    private static final String SPARSE_LOSS = "sparse_categorical_crossentropy";

    private final Backend backend;
    private final SeededRandom random;
    private final ProgressOutput progress;
    private final ModelRegistries registries;
    private final List<BaseLayer> layers = new ArrayList<>();
    private final Map<String, Integer> nameCounters = new HashMap<>();
    private Compiled compiled;
    private volatile boolean stopTraining;

    /** What {@code compile} configured. */
    private record Compiled(
            OptimizerBase optimizer,
            LossFunction loss,
            List<MetricFunction> metrics,
            List<String> metricNames) {}

    @Inject
    SequentialModel(
            Backend backend,
            SeededRandom random,
            ProgressOutput progress,
            ModelRegistries registries) {
        this.backend = backend;
        this.random = random;
        this.progress = progress;
        this.registries = registries;
    }

    // ---- the stack ----

    @Override
    public void add(Layer layer) {
        BaseLayer base = requireEngineLayer(layer);
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
        invalidateCompile();
        LOG.debug("added layer {} with output shape {}", base.name(), base.outputShape());
    }

    @Override
    public Layer pop() {
        if (layers.isEmpty()) {
            throw new IllegalStateException("pop: the model has no layers");
        }
        invalidateCompile();
        return layers.remove(layers.size() - 1);
    }

    @Override
    public List<Layer> layers() {
        return Collections.unmodifiableList(new ArrayList<Layer>(layers));
    }

    @Override
    public Layer getLayer(String name) {
        for (BaseLayer layer : layers) {
            if (layer.name().equals(name)) {
                return layer;
            }
        }
        throw new IllegalArgumentException(
                "name must be the name of a layer of the model "
                        + layerNames()
                        + ". Received: "
                        + (name == null ? "null" : "'" + name + "'"));
    }

    @Override
    public Layer getLayer(int index) {
        if (index < 0 || index >= layers.size()) {
            throw new IllegalArgumentException(
                    "index must be in [0, "
                            + layers.size()
                            + ") for the layers "
                            + layerNames()
                            + ". Received: "
                            + index);
        }
        return layers.get(index);
    }

    // ---- compile ----

    @Override
    public void compile(String optimizer, String loss, List<String> metrics) {
        requireLayers("compile");
        if (metrics == null) {
            throw new IllegalArgumentException("metrics must be a list. Received: null");
        }
        OptimizerBase optimizerObject = registries.optimizer(optimizer);
        LossFunction lossObject = registries.loss(loss);
        int[] outputShape = outputShape();
        List<MetricFunction> metricObjects = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            metricObjects.add(
                    registries.metric(
                            "metrics[" + i + "]", metrics.get(i), lossObject.name(), outputShape));
        }
        install(optimizerObject, lossObject, metricObjects);
    }

    @Override
    public void compile(Optimizer optimizer, Loss loss, List<Metric> metrics) {
        requireLayers("compile");
        if (!(optimizer instanceof OptimizerBase optimizerObject)) {
            throw new IllegalArgumentException(
                    "optimizer must be an optimizer of the jkeras engine (see"
                            + " org.jkeras.optimizers). Received: "
                            + describe(optimizer));
        }
        if (!(loss instanceof LossFunction lossObject)) {
            throw new IllegalArgumentException(
                    "loss must be a loss of the jkeras engine (see org.jkeras.losses). Received: "
                            + describe(loss));
        }
        if (metrics == null) {
            throw new IllegalArgumentException("metrics must be a list. Received: null");
        }
        List<MetricFunction> metricObjects = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            if (!(metrics.get(i) instanceof MetricFunction metric)) {
                throw new IllegalArgumentException(
                        "metrics["
                                + i
                                + "] must be a metric of the jkeras engine (see"
                                + " org.jkeras.metrics). Received: "
                                + describe(metrics.get(i)));
            }
            metricObjects.add(metric);
        }
        install(optimizerObject, lossObject, metricObjects);
    }

    private void install(OptimizerBase optimizer, LossFunction loss, List<MetricFunction> metrics) {
        List<String> names = new ArrayList<>();
        for (MetricFunction metric : metrics) {
            if (names.contains(metric.name()) || metric.name().equals("loss")) {
                throw new IllegalArgumentException(
                        "metrics must have distinct names other than 'loss'. Received: "
                                + metrics.stream().map(MetricFunction::name).toList());
            }
            names.add(metric.name());
        }
        if (compiled != null && compiled.optimizer() != optimizer) {
            compiled.optimizer().release();
        }
        compiled = new Compiled(optimizer, loss, List.copyOf(metrics), List.copyOf(names));
        LOG.debug(
                "compiled with optimizer {}, loss {}, metrics {}",
                optimizer.name(),
                loss.name(),
                names);
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
        Compiled model = requireCompiled("fit");
        checkFitOptions(options);
        checkData("x", "y", x, y, model.loss());
        NDArray trainX = x;
        NDArray trainY = y;
        NDArray valX = null;
        NDArray valY = null;
        ValidationData validation = options.validationData();
        if (validation != null) {
            checkData(
                    "validationData.x",
                    "validationData.y",
                    validation.x(),
                    validation.y(),
                    model.loss());
            valX = validation.x();
            valY = validation.y();
        } else if (options.validationSplit() > 0) {
            int at = Batches.splitAt(x.length(), options.validationSplit());
            trainX = x.rows(0, at);
            trainY = y.rows(0, at);
            valX = x.rows(at, x.length());
            valY = y.rows(at, y.length());
        }
        List<Callback> all = new ArrayList<>();
        History history = new History();
        all.add(history);
        all.addAll(options.callbacks());
        CallbackList callbacks = new CallbackList(this, all);
        return train(
                model, new TrainingData(trainX, trainY, valX, valY), options, callbacks, history);
    }

    /** The arrays one fit trains and validates on; the validation ones may be null. */
    private record TrainingData(NDArray x, NDArray y, NDArray valX, NDArray valY) {}

    /** What an epoch's batches added up to. */
    private record EpochTotals(int seen, double weightedLoss) {}

    private History train(
            Compiled model,
            TrainingData data,
            FitOptions options,
            CallbackList callbacks,
            History history) {
        stopTraining = false;
        NDArray x = asFloat(data.x());
        NDArray y = asFloat(data.y());
        if (options.verbose() > 0 && data.valX() != null) {
            progress.stream()
                    .println(
                            "Train on "
                                    + x.length()
                                    + " samples, validate on "
                                    + data.valX().length()
                                    + " samples");
        }
        callbacks.trainBegin(new LinkedHashMap<>());
        for (int epoch = options.initialEpoch(); epoch < options.epochs(); epoch++) {
            Map<String, Double> epochLogs = new LinkedHashMap<>();
            callbacks.epochBegin(epoch, epochLogs);
            if (options.verbose() > 0) {
                progress.stream().println("Epoch " + (epoch + 1) + "/" + options.epochs());
            }
            Progbar bar = new Progbar(x.length(), options.verbose(), progress);
            EpochTotals totals = runEpoch(model, x, y, options, callbacks, bar);
            epochLogs.putAll(results(model, totals.weightedLoss() / totals.seen()));
            if (data.valX() != null) {
                List<Double> validation =
                        evaluateArrays(
                                model,
                                asFloat(data.valX()),
                                asFloat(data.valY()),
                                options.batchSize(),
                                0);
                epochLogs.put("val_loss", validation.get(0));
                for (int i = 0; i < model.metricNames().size(); i++) {
                    epochLogs.put("val_" + model.metricNames().get(i), validation.get(i + 1));
                }
            }
            bar.finish(totals.seen(), epochLogs);
            callbacks.epochEnd(epoch, epochLogs);
            if (stopTraining) {
                break;
            }
        }
        callbacks.trainEnd(new LinkedHashMap<>());
        return history;
    }

    private EpochTotals runEpoch(
            Compiled model,
            NDArray x,
            NDArray y,
            FitOptions options,
            CallbackList callbacks,
            Progbar bar) {
        model.metrics().forEach(MetricFunction::reset);
        int samples = x.length();
        int batchSize = options.batchSize();
        int[] order = Batches.order(samples, batchSize, options.shuffle(), random);
        int seen = 0;
        double weightedLoss = 0;
        for (int batch = 0; batch < Batches.count(samples, batchSize); batch++) {
            int from = batch * batchSize;
            int to = Math.min(samples, from + batchSize);
            Map<String, Double> logs = new LinkedHashMap<>();
            logs.put("batch", (double) batch);
            logs.put("size", (double) (to - from));
            callbacks.batchBegin(batch, logs);
            int[] indices = Arrays.copyOfRange(order, from, to);
            double loss = trainStep(model, x.takeRows(indices), y.takeRows(indices));
            seen += to - from;
            weightedLoss += loss * (to - from);
            logs.put("loss", loss);
            for (MetricFunction metric : model.metrics()) {
                logs.put(metric.name(), metric.result());
            }
            callbacks.batchEnd(batch, logs);
            if (seen < samples) {
                bar.update(seen, results(model, weightedLoss / seen));
            }
            if (stopTraining) {
                break;
            }
        }
        return new EpochTotals(seen, weightedLoss);
    }

    /**
     * Runs one gradient step on a batch and returns its loss, computed before the update. The
     * metrics see the same pre-update predictions.
     */
    private double trainStep(Compiled model, NDArray x, NDArray y) {
        try (ForwardPass pass = new ForwardPass(backend, true, random)) {
            GradientTape tape = pass.tape();
            List<Tensor> params = new ArrayList<>();
            List<Variable> watched = new ArrayList<>();
            Variable output = forward(pass, x, params, watched);
            Tensor targets = pass.own(backend.fromHost(y));
            Variable loss = meanLoss(pass, model.loss(), targets, output);
            double value = scalar(loss.value());
            for (MetricFunction metric : model.metrics()) {
                metric.update(backend, targets, output.value());
            }
            List<Tensor> gradients = tape.gradient(loss, watched);
            model.optimizer().apply(backend, params, gradients);
            return value;
        }
    }

    /**
     * Runs every layer over a batch. With {@code params} given, the weights are watched and
     * collected (with their variables in {@code watched}) for a gradient; otherwise they enter the
     * tape as constants.
     */
    private Variable forward(
            ForwardPass pass, NDArray x, List<Tensor> params, List<Variable> watched) {
        GradientTape tape = pass.tape();
        Variable value = tape.constant(pass.own(backend.fromHost(x)));
        for (BaseLayer layer : layers) {
            List<Variable> weights = new ArrayList<>();
            for (Tensor weight : layer.weightTensors()) {
                if (params == null) {
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

    private static Variable meanLoss(
            ForwardPass pass, LossFunction loss, Tensor targets, Variable output) {
        GradientTape tape = pass.tape();
        Variable perSample = loss.call(tape, tape.constant(targets), output);
        return tape.reduce(
                ReduceOp.MEAN, perSample, Shapes.allAxes(perSample.shape().length), false);
    }

    /** Returns the loss and each metric's running result, in {@link #metricsNames()} order. */
    private Map<String, Double> results(Compiled model, double loss) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("loss", loss);
        for (MetricFunction metric : model.metrics()) {
            values.put(metric.name(), metric.result());
        }
        return values;
    }

    // ---- evaluate and predict ----

    @Override
    public List<Double> evaluate(NDArray x, NDArray y, EvaluateOptions options) {
        Compiled model = requireCompiled("evaluate");
        if (options == null) {
            throw new IllegalArgumentException("options must not be null. Received: null");
        }
        requirePositive("batchSize", options.batchSize());
        requireVerbose(options.verbose());
        unsupported("evaluate", "sampleWeight", options.sampleWeight() != null);
        unsupported("evaluate", "steps", options.steps() != null);
        checkData("x", "y", x, y, model.loss());
        return evaluateArrays(
                model, asFloat(x), asFloat(y), options.batchSize(), options.verbose());
    }

    /** Returns the loss and metrics over the samples, each the mean weighted by batch size. */
    private List<Double> evaluateArrays(
            Compiled model, NDArray x, NDArray y, int batchSize, int verbose) {
        model.metrics().forEach(MetricFunction::reset);
        int samples = x.length();
        Progbar bar = new Progbar(samples, verbose, progress);
        double weightedLoss = 0;
        for (int batch = 0; batch < Batches.count(samples, batchSize); batch++) {
            int from = batch * batchSize;
            int to = Math.min(samples, from + batchSize);
            try (ForwardPass pass = new ForwardPass(backend, false, random)) {
                Variable output = forward(pass, x.rows(from, to), null, null);
                Tensor targets = pass.own(backend.fromHost(y.rows(from, to)));
                weightedLoss +=
                        scalar(meanLoss(pass, model.loss(), targets, output).value()) * (to - from);
                for (MetricFunction metric : model.metrics()) {
                    metric.update(backend, targets, output.value());
                }
            }
            bar.update(to, Map.of());
        }
        List<Double> values = new ArrayList<>();
        values.add(weightedLoss / samples);
        for (MetricFunction metric : model.metrics()) {
            values.add(metric.result());
        }
        return values;
    }

    @Override
    public NDArray predict(NDArray x, PredictOptions options) {
        requireLayers("predict");
        if (options == null) {
            throw new IllegalArgumentException("options must not be null. Received: null");
        }
        requirePositive("batchSize", options.batchSize());
        requireVerbose(options.verbose());
        unsupported("predict", "steps", options.steps() != null);
        checkInputs("x", x);
        NDArray input = asFloat(x);
        int samples = input.length();
        int[] sampleShape = outputShape();
        int sampleSize = Shapes.size(sampleShape);
        float[] outputs = new float[samples * sampleSize];
        Progbar bar = new Progbar(samples, options.verbose(), progress);
        for (int batch = 0; batch < Batches.count(samples, options.batchSize()); batch++) {
            int from = batch * options.batchSize();
            int to = Math.min(samples, from + options.batchSize());
            try (ForwardPass pass = new ForwardPass(backend, false, random)) {
                Variable output = forward(pass, input.rows(from, to), null, null);
                float[] values = backend.toHost(output.value()).toFloatArray();
                System.arraycopy(values, 0, outputs, from * sampleSize, values.length);
            }
            bar.update(to, Map.of());
        }
        int[] shape = new int[sampleShape.length + 1];
        shape[0] = samples;
        System.arraycopy(sampleShape, 0, shape, 1, sampleShape.length);
        return NDArray.of(outputs, shape);
    }

    // ---- weights and state ----

    @Override
    public List<NDArray> getWeights() {
        List<NDArray> weights = new ArrayList<>();
        for (BaseLayer layer : layers) {
            weights.addAll(layer.getWeights());
        }
        return weights;
    }

    @Override
    public void setWeights(List<NDArray> weights) {
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

    private static BaseLayer requireEngineLayer(Layer layer) {
        if (!(layer instanceof BaseLayer base)) {
            throw new IllegalArgumentException(
                    "layer must be a layer of the jkeras engine (Dense, Activation, Dropout,"
                            + " Flatten). Received: "
                            + describe(layer));
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
        int[] below = layers.get(layers.size() - 1).outputShape();
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
                            + layerNames()
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

    private List<String> layerNames() {
        return layers.stream().map(BaseLayer::name).toList();
    }

    private void requireLayers(String call) {
        if (layers.isEmpty()) {
            throw new IllegalStateException(call + ": the model has no layers; add layers first");
        }
    }

    private Compiled requireCompiled(String call) {
        if (compiled == null) {
            throw new IllegalStateException(
                    call
                            + ": the model must be compiled first; call compile(optimizer, loss,"
                            + " metrics) after the last add or pop");
        }
        return compiled;
    }

    private int[] outputShape() {
        return layers.get(layers.size() - 1).outputShape();
    }

    private int[] inputShape() {
        return layers.get(0).inputShape();
    }

    private static void checkFitOptions(FitOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null. Received: null");
        }
        requirePositive("batchSize", options.batchSize());
        requireVerbose(options.verbose());
        if (options.initialEpoch() < 0) {
            throw new IllegalArgumentException(
                    "initialEpoch must be non-negative. Received: " + options.initialEpoch());
        }
        if (!(options.validationSplit() >= 0 && options.validationSplit() < 1)) {
            throw new IllegalArgumentException(
                    "validationSplit must be in [0, 1). Received: " + options.validationSplit());
        }
        if (options.shuffle() == null) {
            throw new IllegalArgumentException(
                    "shuffle must be TRUE, FALSE or BATCH. Received: null");
        }
        unsupported("fit", "classWeight", options.classWeight() != null);
        unsupported("fit", "sampleWeight", options.sampleWeight() != null);
        unsupported("fit", "stepsPerEpoch", options.stepsPerEpoch() != null);
        unsupported("fit", "validationSteps", options.validationSteps() != null);
        unsupported(
                "fit",
                "validationData with sampleWeight",
                options.validationData() != null
                        && options.validationData().sampleWeight() != null);
    }

    private static void requirePositive(String argument, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(argument + " must be positive. Received: " + value);
        }
    }

    private static void requireVerbose(int verbose) {
        if (verbose < 0 || verbose > 2) {
            throw new IllegalArgumentException("verbose must be 0, 1 or 2. Received: " + verbose);
        }
    }

    private static void unsupported(String call, String option, boolean given) {
        if (given) {
            throw new UnsupportedOperationException(
                    call + ": the option " + option + " is not supported yet");
        }
    }

    private void checkInputs(String argument, NDArray x) {
        int[] sample = inputShape();
        if (x == null) {
            throw new IllegalArgumentException(
                    argument
                            + " must be an array of shape "
                            + batchShape(sample)
                            + ". Received: null");
        }
        int[] shape = x.shape();
        if (shape.length != sample.length + 1
                || !Arrays.equals(Arrays.copyOfRange(shape, 1, shape.length), sample)) {
            throw new IllegalArgumentException(
                    argument
                            + " must be an array of shape "
                            + batchShape(sample)
                            + ". Received: an array of shape "
                            + Arrays.toString(shape));
        }
    }

    private void checkData(String xName, String yName, NDArray x, NDArray y, LossFunction loss) {
        checkInputs(xName, x);
        int[] output = outputShape();
        if (y == null) {
            throw new IllegalArgumentException(
                    yName
                            + " must be an array of shape "
                            + batchShape(output)
                            + ". Received: null");
        }
        if (y.rank() == 0 || y.length() != x.length()) {
            throw new IllegalArgumentException(
                    yName
                            + " must have as many samples as "
                            + xName
                            + " ("
                            + x.length()
                            + "). Received: "
                            + (y.rank() == 0 ? "a scalar" : y.length() + " samples"));
        }
        if (x.length() == 0) {
            throw new IllegalArgumentException(
                    xName + " must hold at least one sample. Received: 0 samples");
        }
        int[] sample = Arrays.copyOfRange(y.shape(), 1, y.rank());
        if (!targetShapeFits(sample, output, loss.name())) {
            throw new IllegalArgumentException(
                    yName
                            + " must be an array of shape "
                            + batchShape(expectedTargetShape(output, loss.name()))
                            + " for the loss "
                            + loss.name()
                            + ". Received: an array of shape "
                            + Arrays.toString(y.shape()));
        }
    }

    private static boolean targetShapeFits(int[] sample, int[] output, String lossName) {
        if (!SPARSE_LOSS.equals(lossName)) {
            return Arrays.equals(sample, output);
        }
        int[] leading = Arrays.copyOf(output, output.length - 1);
        return Arrays.equals(sample, leading)
                || Arrays.equals(sample, expectedTargetShape(output, lossName));
    }

    private static int[] expectedTargetShape(int[] output, String lossName) {
        if (!SPARSE_LOSS.equals(lossName)) {
            return output;
        }
        int[] shape = output.clone();
        shape[shape.length - 1] = 1;
        return shape;
    }

    private static String batchShape(int[] sample) {
        StringBuilder text = new StringBuilder("[samples");
        for (int dim : sample) {
            text.append(", ").append(dim);
        }
        return text.append(']').toString();
    }

    private static NDArray asFloat(NDArray array) {
        return array.dtype() == DType.FLOAT32 ? array : array.cast(DType.FLOAT32);
    }

    private double scalar(Tensor tensor) {
        return backend.toHost(tensor).toFloatArray()[0];
    }

    private static String describe(Object value) {
        return value == null ? "null" : "an instance of " + value.getClass().getName();
    }
}

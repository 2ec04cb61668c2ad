package org.jkeras.it;

import static org.jkeras.it.FailedCalls.assertFailsChangingNothing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jkeras.Callback;
import org.jkeras.CompileOptions;
import org.jkeras.EvaluateOptions;
import org.jkeras.FitOptions;
import org.jkeras.PredictOptions;
import org.jkeras.Sequential;
import org.jkeras.TrainOnBatchOptions;
import org.jkeras.ValidationData;
import org.jkeras.engine.SequentialModel;
import org.jkeras.it.FailedCalls.Trained;
import org.jkeras.layers.Dense;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/**
 * Bad calls fail with the spec's exceptions and messages, and change nothing: not the weights, not
 * the optimizer's state, not the configuration, not the caller's arrays.
 */
class ModelErrorsTest {

    private static final TestData DATA = TestData.generate(10, 4, 3, 5);
    private static final FitOptions QUIET = FitOptions.defaults().verbose(0);

    private final TestModels models = new TestModels();

    private SequentialModel uncompiled() {
        SequentialModel model = models.empty(1);
        model.add(new Dense(3).inputShape(4).activation("softmax"));
        return model;
    }

    @Test
    void fitBeforeCompileIsAnIllegalState() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () -> uncompiled().fit(DATA.x, DATA.oneHot, QUIET));
        assertTrue(e.getMessage().startsWith("fit: the model must be compiled"), e.getMessage());
    }

    @Test
    void evaluateBeforeCompileIsAnIllegalState() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () -> uncompiled().evaluate(DATA.x, DATA.oneHot));
        assertTrue(
                e.getMessage().startsWith("evaluate: the model must be compiled"), e.getMessage());
    }

    @Test
    void unknownOptimizerNameListsTheKnownOnes() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> uncompiled().compile("adamm", "categorical_crossentropy"));
        assertTrue(
                e.getMessage().startsWith("optimizer: unknown name 'adamm'; known: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("adam"), e.getMessage());
    }

    @Test
    void unknownLossNameListsTheKnownOnes() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> uncompiled().compile("sgd", "categorical_crossentropyy"));
        assertTrue(
                e.getMessage()
                        .startsWith("loss: unknown name 'categorical_crossentropyy'; known: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("binary_crossentropy"), e.getMessage());
    }

    @Test
    void unknownMetricNameIsNamed() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                uncompiled()
                                        .compile(
                                                "sgd",
                                                "categorical_crossentropy",
                                                List.of("accuracy", "precisionn")));
        assertTrue(
                e.getMessage().startsWith("metrics[1]: unknown name 'precisionn'; known: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("accuracy"), e.getMessage());
    }

    @Test
    void unknownLayerNameListsTheLayers() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> uncompiled().getLayer("dense"));
        assertEquals(
                "name must be the name of a layer of the model [dense_1]. Received: 'dense'",
                e.getMessage());
    }

    @Test
    void lengthMismatchNamesBothCounts() {
        SequentialModel model = models.small(1, 4, "sgd");
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> model.fit(DATA.x, DATA.oneHot.rows(0, 9), QUIET));
        assertEquals("y must have as many samples as x (10). Received: 9 samples", e.getMessage());
    }

    @Test
    void failedFitLeavesTheWeightsAsTheyWere() {
        SequentialModel model = models.small(1, 4, "rmsprop");
        List<NDArray> before = model.getWeights();
        assertThrows(
                IllegalArgumentException.class,
                () -> model.fit(DATA.x, DATA.oneHot.rows(0, 9), QUIET));
        assertEquals(before, model.getWeights());
    }

    @Test
    void splitLeavingNoTrainingSampleFailsWithoutTraining() {
        SequentialModel model = models.small(1, 4, "sgd");
        List<NDArray> before = model.getWeights();
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                model.fit(
                                        DATA.x.rows(0, 1),
                                        DATA.oneHot.rows(0, 1),
                                        QUIET.validationSplit(0.5)));
        assertTrue(e.getMessage().endsWith("Received: 0.5"), e.getMessage());
        assertEquals(before, model.getWeights());
    }

    @Test
    void badValidationDataFailsBeforeTraining() {
        SequentialModel model = models.small(1, 4, "sgd");
        List<NDArray> before = model.getWeights();
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        model.fit(
                                DATA.x,
                                DATA.oneHot,
                                QUIET.validationData(
                                        org.jkeras.ValidationData.of(
                                                DATA.x.rows(0, 2), DATA.oneHot.rows(0, 3)))));
        assertEquals(before, model.getWeights());
    }

    @Test
    void compileRejectsAnOptimizerFromOutsideTheEngine() {
        org.jkeras.Optimizer foreign =
                new org.jkeras.Optimizer() {
                    @Override
                    public String name() {
                        return "foreign";
                    }

                    @Override
                    public double learningRate() {
                        return 0.1;
                    }
                };
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                uncompiled()
                                        .compile(
                                                foreign,
                                                org.jkeras.losses.Losses.get("mse"),
                                                List.of()));
        assertEquals(
                "optimizer must be a name (sgd, rmsprop, adagrad, adadelta, adam, adamax, nadam)"
                        + " or an optimizer of the jkeras engine (see org.jkeras.optimizers)."
                        + " Received: an instance of org.jkeras.it.ModelErrorsTest$1",
                e.getMessage());
    }

    @Test
    void duplicateLayerNameOnACompiledModelChangesNothing() {
        Trained trained = trained();
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(),
                        () -> trained.model().add(new Dense(3).name("dense_1")));
        assertEquals(
                "layer name must be unique in the model [dense_1, dense_2]. Received: 'dense_1'",
                e.getMessage());
        assertEquals(2, trained.model().layers().size());
    }

    @Test
    void addAfterCompileAsksForANewCompile() {
        SequentialModel model = models.small(1, 4, "sgd");
        model.add(new Dense(3));
        assertThrows(IllegalStateException.class, () -> model.fit(DATA.x, DATA.oneHot, QUIET));
    }

    @Test
    void unknownBackendNameListsTheBackendsFound() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                Sequential.create(
                                        org.jkeras.SequentialOptions.defaults().backend("nope")));
        assertTrue(e.getMessage().contains("cpu-java"), e.getMessage());
    }

    private Trained trained() {
        return FailedCalls.trained(models, DATA);
    }

    @Test
    void classWeightMissingAClassOfTheTargetsIsRejected() {
        Trained trained = trained();
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(DATA.x, DATA.oneHot),
                        () ->
                                trained.model()
                                        .fit(
                                                DATA.x,
                                                DATA.oneHot,
                                                QUIET.classWeight(Map.of(0, 1.0, 1, 2.0))));
        assertEquals(
                "classWeight must contain every class in the targets; missing: [2]. Received:"
                        + " classes [0, 1]",
                e.getMessage());
    }

    @Test
    void classWeightTogetherWithSampleWeightIsRejected() {
        Trained trained = trained();
        NDArray weights = NDArray.of(new float[10]);
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(DATA.x, DATA.oneHot, weights),
                        () ->
                                trained.model()
                                        .fit(
                                                DATA.x,
                                                DATA.oneHot,
                                                QUIET.classWeight(Map.of(0, 1.0, 1, 1.0, 2, 1.0))
                                                        .sampleWeight(weights)));
        assertEquals(
                "classWeight and sampleWeight cannot be used together; combine them into"
                        + " sampleWeight. Received: both",
                e.getMessage());
    }

    @Test
    void twoDimensionalSampleWeightWithoutTemporalModeNamesSampleWeightMode() {
        Trained trained = trained();
        NDArray weights = NDArray.of(new float[30], 10, 3);
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(DATA.x, DATA.oneHot, weights),
                        () ->
                                trained.model()
                                        .fit(DATA.x, DATA.oneHot, QUIET.sampleWeight(weights)));
        assertEquals(
                "sampleWeight must be 1-D, one weight per sample; for a weight per time step"
                        + " compile with sampleWeightMode 'temporal'. Received: an array of shape"
                        + " [10, 3]",
                e.getMessage());
    }

    @Test
    void sampleWeightOfAnotherLengthIsRejected() {
        Trained trained = trained();
        NDArray weights = NDArray.of(new float[9]);
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(DATA.x, DATA.oneHot, weights),
                        () ->
                                trained.model()
                                        .fit(DATA.x, DATA.oneHot, QUIET.sampleWeight(weights)));
        assertEquals(
                "sampleWeight must have shape [10] to weigh targets of shape [10, 3]. Received:"
                        + " an array of shape [9]",
                e.getMessage());
    }

    @Test
    void temporalModeNeedsOutputsWithATimeAxis() {
        SequentialModel model = models.empty(1);
        model.add(new Dense(3).inputShape(4).activation("softmax"));
        model.compile(
                CompileOptions.of("sgd", "categorical_crossentropy").sampleWeightMode("temporal"));
        List<NDArray> before = model.getWeights();
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> model.fit(DATA.x, DATA.oneHot, QUIET));
        assertEquals(
                "sampleWeightMode 'temporal' needs outputs with a time axis, of rank 3 or more"
                        + " with the batch axis. Received: outputs of shape [samples, 3]",
                e.getMessage());
        assertEquals(before, model.getWeights());
    }

    @Test
    void badValidationSampleWeightFailsBeforeTraining() {
        Trained trained = trained();
        NDArray weights = NDArray.of(new float[3]);
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(DATA.x, DATA.oneHot, weights),
                        () ->
                                trained.model()
                                        .fit(
                                                DATA.x,
                                                DATA.oneHot,
                                                QUIET.validationData(
                                                        new ValidationData(
                                                                DATA.x.rows(0, 2),
                                                                DATA.oneHot.rows(0, 2),
                                                                weights))));
        assertTrue(e.getMessage().startsWith("validationData.sampleWeight must have shape [2]"));
    }

    @Test
    void validationStepsWithoutStepsPerEpochIsRejected() {
        Trained trained = trained();
        assertFailsChangingNothing(
                IllegalArgumentException.class,
                trained,
                List.of(DATA.x, DATA.oneHot),
                () ->
                        trained.model()
                                .fit(
                                        DATA.x,
                                        DATA.oneHot,
                                        QUIET.validationSplit(0.2).validationSteps(1)));
    }

    @Test
    void stepwiseTrainingWithValidationNeedsValidationSteps() {
        Trained trained = trained();
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(DATA.x, DATA.oneHot),
                        () ->
                                trained.model()
                                        .fit(
                                                DATA.x,
                                                DATA.oneHot,
                                                QUIET.validationSplit(0.2).stepsPerEpoch(2)));
        assertEquals(
                "validationSteps must be set to validate during step-wise training with"
                        + " stepsPerEpoch 2. Received: null",
                e.getMessage());
    }

    @Test
    void nonPositiveStepsAreRejected() {
        Trained trained = trained();
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(DATA.x, DATA.oneHot),
                        () -> trained.model().fit(DATA.x, DATA.oneHot, QUIET.stepsPerEpoch(0)));
        assertEquals("stepsPerEpoch must be positive. Received: 0", e.getMessage());
    }

    @Test
    void badVerboseAndBatchSizeAreRejected() {
        Trained trained = trained();
        IllegalArgumentException verbose =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(),
                        () -> trained.model().fit(DATA.x, DATA.oneHot, QUIET.verbose(3)));
        IllegalArgumentException batchSize =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(),
                        () -> trained.model().fit(DATA.x, DATA.oneHot, QUIET.batchSize(0)));
        assertEquals("verbose must be 0, 1 or 2. Received: 3", verbose.getMessage());
        assertEquals("batchSize must be positive. Received: 0", batchSize.getMessage());
    }

    @Test
    void yGivenToAModelWithTargetTensorsIsRejected() {
        SequentialModel model = models.empty(1);
        model.add(new Dense(3).inputShape(4).activation("softmax"));
        model.compile(
                CompileOptions.of("sgd", "categorical_crossentropy").targetTensors(DATA.oneHot));
        List<NDArray> before = model.getWeights();
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> model.fit(DATA.x, DATA.oneHot, QUIET));
        assertEquals(
                "y must be null when the model was compiled with targetTensors. Received: an"
                        + " array of shape [10, 3]",
                e.getMessage());
        assertEquals(before, model.getWeights());
    }

    @Test
    void failedCompileKeepsTheEarlierConfigurationAndOptimizerState() {
        Trained trained = trained();
        assertFailsChangingNothing(
                IllegalArgumentException.class,
                trained,
                List.of(),
                () -> trained.model().compile("adamm", "categorical_crossentropy"));
        long iterations = trained.optimizer().iterations();
        trained.model().fit(DATA.x, DATA.oneHot, QUIET.batchSize(5));
        assertEquals(iterations + 2, trained.optimizer().iterations());
    }

    @Test
    void metricsMapWithAnotherKeyNamesTheOutput() {
        Trained trained = trained();
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(),
                        () ->
                                trained.model()
                                        .compile(
                                                CompileOptions.of("sgd", "mse")
                                                        .metrics(
                                                                Map.of(
                                                                        "dense_9",
                                                                        List.of("mae")))));
        assertEquals(
                "metrics: unknown entry 'dense_9' in the map; the only output is ['dense_2']."
                        + " Received: keys [dense_9]",
                e.getMessage());
    }

    @Test
    void evaluateWithABadSampleWeightChangesNothing() {
        Trained trained = trained();
        NDArray weights = NDArray.of(new float[20], 10, 2);
        assertFailsChangingNothing(
                IllegalArgumentException.class,
                trained,
                List.of(DATA.x, DATA.oneHot, weights),
                () ->
                        trained.model()
                                .evaluate(
                                        DATA.x,
                                        DATA.oneHot,
                                        EvaluateOptions.defaults().sampleWeight(weights)));
    }

    @Test
    void trainOnBatchWithMismatchedLengthsChangesNothing() {
        Trained trained = trained();
        NDArray y = DATA.oneHot.rows(0, 9);
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(DATA.x, y),
                        () -> trained.model().trainOnBatch(DATA.x, y));
        assertEquals("y must have as many samples as x (10). Received: 9 samples", e.getMessage());
    }

    @Test
    void trainOnBatchWithAMissingClassWeightChangesNothing() {
        Trained trained = trained();
        assertFailsChangingNothing(
                IllegalArgumentException.class,
                trained,
                List.of(DATA.x, DATA.oneHot),
                () ->
                        trained.model()
                                .trainOnBatch(
                                        DATA.x,
                                        DATA.oneHot,
                                        TrainOnBatchOptions.defaults()
                                                .classWeight(Map.of(0, 1.0))));
    }

    @Test
    void testOnBatchWithTheWrongTargetShapeNamesTheExpectedShape() {
        Trained trained = trained();
        NDArray y = NDArray.of(new float[20], 10, 2);
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(DATA.x, y),
                        () -> trained.model().testOnBatch(DATA.x, y));
        assertEquals(
                "y must be an array of shape [samples, 3] for the loss categorical_crossentropy."
                        + " Received: an array of shape [10, 2]",
                e.getMessage());
    }

    @Test
    void predictWithTheWrongInputShapeNamesTheExpectedShape() {
        Trained trained = trained();
        NDArray x = NDArray.of(new float[10], 2, 5);
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(x),
                        () -> trained.model().predictOnBatch(x));
        assertEquals(
                "x must be an array of shape [samples, 4]. Received: an array of shape [2, 5]",
                e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> trained.model().predict(DATA.x, PredictOptions.defaults().steps(0)));
    }

    @Test
    void aCallbackThatThrowsMidTrainingLeavesTheModelAsItWas() {
        Trained trained = trained();
        Callback failing =
                new Callback() {
                    @Override
                    public void onBatchEnd(int batch, Map<String, Double> logs) {
                        if (batch == 1) {
                            throw new IllegalStateException("callback failed");
                        }
                    }
                };
        IllegalStateException e =
                assertFailsChangingNothing(
                        IllegalStateException.class,
                        trained,
                        List.of(DATA.x, DATA.oneHot),
                        () ->
                                trained.model()
                                        .fit(
                                                DATA.x,
                                                DATA.oneHot,
                                                QUIET.batchSize(2).callbacks(List.of(failing))));
        assertEquals("callback failed", e.getMessage());
    }
}

package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkeras.FitOptions;
import org.jkeras.Sequential;
import org.jkeras.engine.SequentialModel;
import org.jkeras.layers.Dense;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/** Bad calls fail with the spec's exceptions and messages, and change nothing. */
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
        assertTrue(e.getMessage().startsWith("optimizer: unknown name 'adamm'; known: "), e.getMessage());
        assertTrue(e.getMessage().contains("adam"), e.getMessage());
    }

    @Test
    void unknownLossNameListsTheKnownOnes() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> uncompiled().compile("sgd", "categorical_crossentropyy"));
        assertTrue(
                e.getMessage().startsWith("loss: unknown name 'categorical_crossentropyy'; known: "),
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
        assertTrue(e.getMessage().startsWith("metrics[1]: unknown name 'precisionn'; known: "), e.getMessage());
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
    void classWeightIsReportedAsNotSupportedYet() {
        SequentialModel model = models.small(1, 4, "sgd");
        UnsupportedOperationException e =
                assertThrows(
                        UnsupportedOperationException.class,
                        () ->
                                model.fit(
                                        DATA.x,
                                        DATA.oneHot,
                                        QUIET.classWeight(java.util.Map.of(0, 1.0))));
        assertEquals("fit: the option classWeight is not supported yet", e.getMessage());
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
        assertTrue(e.getMessage().startsWith("optimizer must be an optimizer"), e.getMessage());
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
}

package org.jkeras.it;

import static org.jkeras.it.FailedCalls.assertFailsChangingNothing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jkeras.EvaluateOptions;
import org.jkeras.FitOptions;
import org.jkeras.PredictOptions;
import org.jkeras.Shuffle;
import org.jkeras.TrainOnBatchOptions;
import org.jkeras.ValidationData;
import org.jkeras.engine.SequentialModel;
import org.jkeras.it.FailedCalls.Trained;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed's ValueError for data the model does not expect, and the spec's bad inputs of fit,
 * evaluate, predict and the batch methods: an {@link IllegalArgumentException} naming the argument,
 * what was expected and what was received, and nothing changed.
 */
class DataErrorsTest {

    private static final TestData DATA = TestData.generate(10, 4, 3, 5);
    private static final FitOptions QUIET = FitOptions.defaults().verbose(0);
    private static final EvaluateOptions QUIET_EVALUATE = EvaluateOptions.defaults().verbose(0);
    private static final NDArray FIVE_FEATURES = NDArray.of(new float[50], 10, 5);

    private final Trained trained = FailedCalls.trained(new TestModels(), DATA);

    /** A method taking arrays of inputs and targets, called with Keras's defaults otherwise. */
    enum Call {
        FIT,
        EVALUATE,
        TRAIN_ON_BATCH,
        TEST_ON_BATCH;

        void run(SequentialModel model, NDArray x, NDArray y) {
            switch (this) {
                case FIT -> model.fit(x, y, QUIET);
                case EVALUATE -> model.evaluate(x, y, QUIET_EVALUATE);
                case TRAIN_ON_BATCH -> model.trainOnBatch(x, y);
                case TEST_ON_BATCH -> model.testOnBatch(x, y);
            }
        }
    }

    /** Each call with each kind of data the model does not expect, and the message. */
    static Stream<Arguments> badData() {
        List<Arguments> cases = new ArrayList<>();
        for (Call call : Call.values()) {
            cases.add(
                    Arguments.of(
                            call,
                            FIVE_FEATURES,
                            DATA.oneHot,
                            "x must be an array of shape [samples, 4]. Received: an array of"
                                    + " shape [10, 5]"));
            cases.add(
                    Arguments.of(
                            call,
                            DATA.x,
                            NDArray.of(new float[20], 10, 2),
                            "y must be an array of shape [samples, 3] for the loss"
                                    + " categorical_crossentropy. Received: an array of shape"
                                    + " [10, 2]"));
            cases.add(
                    Arguments.of(
                            call,
                            null,
                            DATA.oneHot,
                            "x must be an array of shape [samples, 4]. Received: null"));
            cases.add(
                    Arguments.of(
                            call,
                            DATA.x,
                            null,
                            "y must be an array of shape [samples, 3]. Received: null"));
            cases.add(
                    Arguments.of(
                            call,
                            DATA.x.rows(0, 0),
                            DATA.oneHot.rows(0, 0),
                            "x must hold at least one sample. Received: 0 samples"));
            cases.add(
                    Arguments.of(
                            call,
                            DATA.x.rows(0, 9),
                            DATA.oneHot,
                            "y must have as many samples as x (9). Received: 10 samples"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("badData")
    void dataTheModelDoesNotExpectIsNamedAndChangesNothing(
            Call call, NDArray x, NDArray y, String message) {
        List<NDArray> arrays = Stream.of(x, y).filter(Objects::nonNull).toList();
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        arrays,
                        () -> call.run(trained.model(), x, y));
        assertEquals(message, e.getMessage());
    }

    /** Options of fit out of their range, named by what is wrong, with the message. */
    static Stream<Arguments> badFitOptions() {
        return Stream.of(
                Arguments.of(
                        "split above 1",
                        QUIET.validationSplit(1.5),
                        "validationSplit must be in [0, 1). Received: 1.5"),
                Arguments.of(
                        "negative split",
                        QUIET.validationSplit(-0.25),
                        "validationSplit must be in [0, 1). Received: -0.25"),
                Arguments.of(
                        "split NaN",
                        QUIET.validationSplit(Double.NaN),
                        "validationSplit must be in [0, 1). Received: NaN"),
                Arguments.of(
                        "split leaving no validation sample",
                        QUIET.validationSplit(1e-17),
                        "validationSplit must leave at least one sample for training and one for"
                                + " validation of the 10 given. Received: 1.0E-17"),
                Arguments.of(
                        "negative initial epoch",
                        QUIET.initialEpoch(-1),
                        "initialEpoch must be non-negative. Received: -1"),
                Arguments.of(
                        "no shuffle mode",
                        QUIET.shuffle((Shuffle) null),
                        "shuffle must be TRUE, FALSE or BATCH. Received: null"),
                Arguments.of(
                        "zero validation steps",
                        QUIET.stepsPerEpoch(1).validationSteps(0),
                        "validationSteps must be positive. Received: 0"),
                Arguments.of(
                        "validation data of two lengths",
                        QUIET.validationData(
                                ValidationData.of(DATA.x.rows(0, 2), DATA.oneHot.rows(0, 3))),
                        "validationData.y must have as many samples as validationData.x (2)."
                                + " Received: 3 samples"),
                Arguments.of(
                        "validation inputs of another shape",
                        QUIET.validationData(ValidationData.of(FIVE_FEATURES, DATA.oneHot)),
                        "validationData.x must be an array of shape [samples, 4]. Received: an"
                                + " array of shape [10, 5]"),
                Arguments.of("no options", null, "options must not be null. Received: null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFitOptions")
    void fitOptionOutOfRangeIsNamedAndChangesNothing(
            String what, FitOptions options, String message) {
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(DATA.x, DATA.oneHot),
                        () -> trained.model().fit(DATA.x, DATA.oneHot, options));
        assertEquals(message, e.getMessage());
    }

    @Test
    void evaluateOptionsOutOfRangeAreNamed() {
        assertEquals(
                "batchSize must be positive. Received: 0",
                evaluateFails(QUIET_EVALUATE.batchSize(0)).getMessage());
        assertEquals(
                "steps must be positive. Received: 0",
                evaluateFails(QUIET_EVALUATE.steps(0)).getMessage());
        assertEquals(
                "verbose must be 0, 1 or 2. Received: -1",
                evaluateFails(QUIET_EVALUATE.verbose(-1)).getMessage());
    }

    private IllegalArgumentException evaluateFails(EvaluateOptions options) {
        return assertFailsChangingNothing(
                IllegalArgumentException.class,
                trained,
                List.of(DATA.x, DATA.oneHot),
                () -> trained.model().evaluate(DATA.x, DATA.oneHot, options));
    }

    @Test
    void predictWithInputsOfAnotherShapeNamesTheExpectedShape() {
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(FIVE_FEATURES),
                        () -> trained.model().predict(FIVE_FEATURES));
        assertEquals(
                "x must be an array of shape [samples, 4]. Received: an array of shape [10, 5]",
                e.getMessage());
    }

    @Test
    void predictOptionsOutOfRangeAreNamed() {
        assertEquals(
                "batchSize must be positive. Received: -1",
                predictFails(PredictOptions.defaults().batchSize(-1)).getMessage());
        assertEquals(
                "steps must be positive. Received: 0",
                predictFails(PredictOptions.defaults().steps(0)).getMessage());
    }

    private IllegalArgumentException predictFails(PredictOptions options) {
        return assertFailsChangingNothing(
                IllegalArgumentException.class,
                trained,
                List.of(DATA.x),
                () -> trained.model().predict(DATA.x, options));
    }

    @Test
    void predictOnBatchWithoutInputsNamesTheExpectedShape() {
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(),
                        () -> trained.model().predictOnBatch(null));
        assertEquals("x must be an array of shape [samples, 4]. Received: null", e.getMessage());
    }

    @Test
    void trainOnBatchWithSampleWeightOfAnotherLengthChangesNothing() {
        NDArray weights = NDArray.of(new float[9]);
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(DATA.x, DATA.oneHot, weights),
                        () ->
                                trained.model()
                                        .trainOnBatch(
                                                DATA.x,
                                                DATA.oneHot,
                                                TrainOnBatchOptions.defaults()
                                                        .sampleWeight(weights)));
        assertEquals(
                "sampleWeight must have shape [10] to weigh targets of shape [10, 3]. Received:"
                        + " an array of shape [9]",
                e.getMessage());
    }

    @Test
    void trainOnBatchWithClassAndSampleWeightsChangesNothing() {
        NDArray weights = NDArray.of(new float[10]);
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(DATA.x, DATA.oneHot, weights),
                        () ->
                                trained.model()
                                        .trainOnBatch(
                                                DATA.x,
                                                DATA.oneHot,
                                                new TrainOnBatchOptions(
                                                        weights, Map.of(0, 1.0, 1, 1.0, 2, 1.0))));
        assertEquals(
                "classWeight and sampleWeight cannot be used together; combine them into"
                        + " sampleWeight. Received: both",
                e.getMessage());
    }

    @Test
    void testOnBatchWithSampleWeightOfAnotherLengthChangesNothing() {
        NDArray weights = NDArray.of(new float[11]);
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(DATA.x, DATA.oneHot, weights),
                        () -> trained.model().testOnBatch(DATA.x, DATA.oneHot, weights));
        assertEquals(
                "sampleWeight must have shape [10] to weigh targets of shape [10, 3]. Received:"
                        + " an array of shape [11]",
                e.getMessage());
    }

    @Test
    void getLayerByIndexOutOfRangeListsTheLayers() {
        IllegalArgumentException e =
                assertFailsChangingNothing(
                        IllegalArgumentException.class,
                        trained,
                        List.of(),
                        () -> trained.model().getLayer(-1));
        assertEquals(
                "index must be in [0, 2) for the layers [dense_1, dense_2]. Received: -1",
                e.getMessage());
    }
}

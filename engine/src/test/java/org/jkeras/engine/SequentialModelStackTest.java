package org.jkeras.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jkeras.FitOptions;
import org.jkeras.Layer;
import org.jkeras.layers.Activation;
import org.jkeras.layers.Dense;
import org.jkeras.layers.Dropout;
import org.jkeras.layers.Flatten;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.testing.HostBackend;
import org.jkeras.training.ProgressOutput;
import org.junit.jupiter.api.Test;

/** The model's stack, naming, compile checks and weights, on a backend that computes nothing. */
class SequentialModelStackTest {

    private final HostBackend backend = new HostBackend();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final SequentialModel model =
            new JKerasModelFactory()
                    .newSequential(
                            backend,
                            7,
                            new ProgressOutput(
                                    new PrintStream(printed, true, StandardCharsets.UTF_8),
                                    false,
                                    System::nanoTime));

    private void addExampleLayers() {
        model.add(new Dense(32).inputShape(500));
        model.add(new Dense(10).activation("softmax"));
    }

    @Test
    void defaultNamesCountPerLayerType() {
        model.add(new Dense(8).inputShape(4));
        model.add(new Activation("relu"));
        model.add(new Dropout(0.5));
        model.add(new Dense(3));
        model.add(new Flatten());
        assertEquals(
                List.of("dense_1", "activation_1", "dropout_1", "dense_2", "flatten_1"),
                model.layers().stream().map(Layer::name).toList());
    }

    @Test
    void defaultNamesSkipNamesTheUserTook() {
        model.add(new Dense(8).inputShape(4).name("dense_1"));
        model.add(new Dense(3));
        assertEquals("dense_2", model.getLayer(1).name());
    }

    @Test
    void duplicateNameIsRejectedByAdd() {
        model.add(new Dense(8).inputShape(4).name("hidden"));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> model.add(new Dense(3).name("hidden")));
        assertEquals(
                "layer name must be unique in the model [hidden]. Received: 'hidden'",
                e.getMessage());
        assertEquals(1, model.layers().size());
    }

    @Test
    void firstLayerWithoutInputShapeIsRejected() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> model.add(new Dense(3)));
        assertTrue(e.getMessage().contains("needs an input shape"), e.getMessage());
        assertTrue(model.layers().isEmpty());
    }

    @Test
    void layersAreBuiltFromTheShapeBelow() {
        addExampleLayers();
        assertEquals(List.of(500, 32), boxed(model.getLayer(0).getWeights().get(0).shape()));
        assertEquals(List.of(32, 10), boxed(model.getLayer(1).getWeights().get(0).shape()));
    }

    @Test
    void getLayerByUnknownNameListsTheExistingNames() {
        addExampleLayers();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> model.getLayer("dense_3"));
        assertEquals(
                "name must be the name of a layer of the model [dense_1, dense_2]. Received:"
                        + " 'dense_3'",
                e.getMessage());
    }

    @Test
    void getLayerByIndexOutOfRangeNamesTheRange() {
        addExampleLayers();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> model.getLayer(2));
        assertEquals(
                "index must be in [0, 2) for the layers [dense_1, dense_2]. Received: 2",
                e.getMessage());
    }

    @Test
    void getLayerByNameFindsTheLayer() {
        addExampleLayers();
        assertSame(model.getLayer(1), model.getLayer("dense_2"));
    }

    @Test
    void popRemovesTheTopLayer() {
        addExampleLayers();
        Layer top = model.pop();
        assertEquals("dense_2", top.name());
        assertEquals(1, model.layers().size());
    }

    @Test
    void popOnAnEmptyModelFails() {
        assertThrows(IllegalStateException.class, model::pop);
    }

    @Test
    void aLayerCannotJoinTwoModels() {
        Dense dense = new Dense(3).inputShape(2);
        model.add(dense);
        SequentialModel other = new JKerasModelFactory().newSequential(backend, 1);
        assertThrows(IllegalArgumentException.class, () -> other.add(dense));
    }

    @Test
    void fitBeforeCompileIsAnIllegalState() {
        addExampleLayers();
        NDArray x = NDArray.zeros(DType.FLOAT32, 4, 500);
        NDArray y = NDArray.zeros(DType.FLOAT32, 4, 10);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> model.fit(x, y));
        assertTrue(e.getMessage().startsWith("fit: the model must be compiled"), e.getMessage());
    }

    @Test
    void evaluateBeforeCompileIsAnIllegalState() {
        addExampleLayers();
        NDArray x = NDArray.zeros(DType.FLOAT32, 4, 500);
        NDArray y = NDArray.zeros(DType.FLOAT32, 4, 10);
        assertThrows(IllegalStateException.class, () -> model.evaluate(x, y));
    }

    @Test
    void compileWithAnUnknownLossListsTheKnownOnes() {
        addExampleLayers();
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> model.compile("rmsprop", "categorical_crossentropyy"));
        assertTrue(
                e.getMessage()
                        .startsWith("loss: unknown name 'categorical_crossentropyy'; known: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("categorical_crossentropy,"), e.getMessage());
    }

    @Test
    void compileWithAnUnknownOptimizerListsTheKnownOnes() {
        addExampleLayers();
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> model.compile("rmsprob", "categorical_crossentropy"));
        assertTrue(
                e.getMessage().startsWith("optimizer: unknown name 'rmsprob'; known: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("rmsprop"), e.getMessage());
    }

    @Test
    void compileOnAnEmptyModelFails() {
        assertThrows(IllegalStateException.class, () -> model.compile("sgd", "mse"));
    }

    @Test
    void metricsNamesKeepTheUsersSpelling() {
        addExampleLayers();
        model.compile("rmsprop", "categorical_crossentropy", List.of("acc", "mse"));
        assertEquals(List.of("loss", "acc", "mse"), model.metricsNames());
    }

    @Test
    void validationStepsWithoutStepsPerEpochIsRejected() {
        addExampleLayers();
        model.compile("sgd", "categorical_crossentropy");
        NDArray x = NDArray.zeros(DType.FLOAT32, 4, 500);
        NDArray y = NDArray.zeros(DType.FLOAT32, 4, 10);
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> model.fit(x, y, FitOptions.defaults().validationSteps(2)));
        assertEquals(
                "validationSteps can only be used with stepsPerEpoch, for step-wise training."
                        + " Received: validationSteps 2 without stepsPerEpoch",
                e.getMessage());
    }

    @Test
    void fitWithMismatchedLengthsNamesBothCounts() {
        addExampleLayers();
        model.compile("sgd", "categorical_crossentropy");
        NDArray x = NDArray.zeros(DType.FLOAT32, 4, 500);
        NDArray y = NDArray.zeros(DType.FLOAT32, 3, 10);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> model.fit(x, y));
        assertEquals("y must have as many samples as x (4). Received: 3 samples", e.getMessage());
    }

    @Test
    void fitWithWrongFeatureShapeNamesTheExpectedShape() {
        addExampleLayers();
        model.compile("sgd", "categorical_crossentropy");
        NDArray x = NDArray.zeros(DType.FLOAT32, 4, 400);
        NDArray y = NDArray.zeros(DType.FLOAT32, 4, 10);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> model.fit(x, y));
        assertEquals(
                "x must be an array of shape [samples, 500]. Received: an array of shape [4,"
                        + " 400]",
                e.getMessage());
    }

    @Test
    void sparseLossAcceptsOneLabelPerSample() {
        addExampleLayers();
        model.compile("sgd", "sparse_categorical_crossentropy");
        NDArray x = NDArray.zeros(DType.FLOAT32, 4, 500);
        NDArray y = NDArray.zeros(DType.FLOAT32, 4, 10);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> model.fit(x, y));
        assertEquals(
                "y must be an array of shape [samples, 1] for the loss"
                        + " sparse_categorical_crossentropy. Received: an array of shape [4, 10]",
                e.getMessage());
    }

    @Test
    void setWeightsWithAWrongCountLeavesTheWeightsAsTheyWere() {
        addExampleLayers();
        List<NDArray> before = model.getWeights();
        assertThrows(IllegalArgumentException.class, () -> model.setWeights(before.subList(0, 3)));
        assertEquals(before, model.getWeights());
    }

    @Test
    void setWeightsWithABadShapeInALaterLayerChangesNoLayer() {
        addExampleLayers();
        List<NDArray> before = model.getWeights();
        List<NDArray> replacement =
                List.of(
                        NDArray.zeros(DType.FLOAT32, 500, 32),
                        NDArray.zeros(DType.FLOAT32, 32),
                        NDArray.zeros(DType.FLOAT32, 10, 32),
                        NDArray.zeros(DType.FLOAT32, 10));
        assertThrows(IllegalArgumentException.class, () -> model.setWeights(replacement));
        assertEquals(before, model.getWeights());
    }

    @Test
    void setWeightsReplacesEveryWeight() {
        addExampleLayers();
        List<NDArray> zeros =
                List.of(
                        NDArray.zeros(DType.FLOAT32, 500, 32),
                        NDArray.zeros(DType.FLOAT32, 32),
                        NDArray.zeros(DType.FLOAT32, 32, 10),
                        NDArray.zeros(DType.FLOAT32, 10));
        model.setWeights(zeros);
        assertEquals(zeros, model.getWeights());
    }

    @Test
    void backendNameIsTheBackendsName() {
        assertEquals("host-test", model.backendName());
    }

    @Test
    void nothingIsPrintedWhileConfiguring() {
        addExampleLayers();
        model.compile("rmsprop", "categorical_crossentropy", List.of("accuracy"));
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    private static List<Integer> boxed(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}

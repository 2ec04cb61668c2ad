package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkeras.EvaluateOptions;
import org.jkeras.FitOptions;
import org.jkeras.PredictOptions;
import org.jkeras.engine.SequentialModel;
import org.jkeras.layers.Dense;
import org.jkeras.layers.Dropout;
import org.jkeras.spi.Backends;
import org.junit.jupiter.api.Test;

/**
 * Every tensor a call creates is closed when the call ends, except the optimizer's slots, which
 * persist. Counted by a decorating backend handed to the model through {@code
 * JKerasModelFactory.newSequential(Backend, long, ProgressOutput)}.
 */
class TensorLifetimeTest {

    private static final TestData DATA = TestData.generate(20, 4, 3, 5);
    private static final FitOptions OPTIONS =
            FitOptions.defaults().verbose(0).epochs(2).batchSize(6).validationSplit(0.2);

    private final CountingBackend backend = new CountingBackend(Backends.create("cpu-java"));
    private final TestModels models = new TestModels(backend);

    private SequentialModel model(String optimizer) {
        SequentialModel model = models.empty(1);
        model.add(new Dense(8).inputShape(4).activation("relu"));
        model.add(new Dropout(0.3));
        model.add(new Dense(3).activation("softmax"));
        model.compile(optimizer, "categorical_crossentropy", List.of("accuracy"));
        return model;
    }

    @Test
    void fitWithPlainSgdLeavesNoTensorOpen() {
        SequentialModel model = model("sgd");
        int mark = backend.mark();
        model.fit(DATA.x, DATA.oneHot, OPTIONS);
        assertTrue(backend.createdSince(mark) > 0);
        assertEquals(0, backend.openSince(mark));
    }

    @Test
    void fitWithRmspropKeepsOnlyOneSlotPerWeight() {
        SequentialModel model = model("rmsprop");
        int mark = backend.mark();
        model.fit(DATA.x, DATA.oneHot, OPTIONS);
        assertEquals(model.getWeights().size(), backend.openSince(mark));
        int second = backend.mark();
        model.fit(DATA.x, DATA.oneHot, OPTIONS);
        assertEquals(0, backend.openSince(second));
    }

    @Test
    void evaluateAndPredictLeaveNoTensorOpen() {
        SequentialModel model = model("sgd");
        int mark = backend.mark();
        model.evaluate(DATA.x, DATA.oneHot, EvaluateOptions.defaults().verbose(0).batchSize(7));
        model.predict(DATA.x, PredictOptions.defaults().batchSize(7));
        model.getWeights();
        assertEquals(0, backend.openSince(mark));
    }

    @Test
    void recompilingReleasesTheOldOptimizersSlots() {
        SequentialModel model = model("adam");
        int mark = backend.mark();
        model.fit(DATA.x, DATA.oneHot, OPTIONS);
        model.compile("sgd", "categorical_crossentropy");
        assertEquals(0, backend.openSince(mark));
    }
}

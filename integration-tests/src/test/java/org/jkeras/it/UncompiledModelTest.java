package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkeras.EvaluateOptions;
import org.jkeras.FitOptions;
import org.jkeras.engine.SequentialModel;
import org.jkeras.layers.Dense;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seed's RuntimeError: every method that trains or evaluates throws an {@link
 * IllegalStateException} naming itself when the model was never compiled, before it reads any data,
 * and leaves the weights and the caller's arrays as they were.
 */
class UncompiledModelTest {

    private static final TestData DATA = TestData.generate(10, 4, 3, 5);

    /** The methods whose Keras counterparts raise RuntimeError before compile. */
    enum Call {
        FIT("fit"),
        EVALUATE("evaluate"),
        TRAIN_ON_BATCH("trainOnBatch"),
        TEST_ON_BATCH("testOnBatch"),
        FIT_GENERATOR("fitGenerator"),
        EVALUATE_GENERATOR("evaluateGenerator");

        final String method;

        Call(String method) {
            this.method = method;
        }

        void run(SequentialModel model, ArraySequence sequence) {
            switch (this) {
                case FIT -> model.fit(DATA.x, DATA.oneHot, FitOptions.defaults().verbose(0));
                case EVALUATE ->
                        model.evaluate(DATA.x, DATA.oneHot, EvaluateOptions.defaults().verbose(0));
                case TRAIN_ON_BATCH -> model.trainOnBatch(DATA.x, DATA.oneHot);
                case TEST_ON_BATCH -> model.testOnBatch(DATA.x, DATA.oneHot);
                case FIT_GENERATOR -> model.fitGenerator(sequence);
                case EVALUATE_GENERATOR -> model.evaluateGenerator(sequence);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void callBeforeCompileIsAnIllegalStateAndChangesNothing(Call call) {
        SequentialModel model = new TestModels().empty(1);
        model.add(new Dense(3).inputShape(4).activation("softmax"));
        ArraySequence sequence = new ArraySequence(DATA.x, DATA.oneHot, 4);
        List<NDArray> weights = model.getWeights();
        float[] x = DATA.x.toFloatArray();
        float[] y = DATA.oneHot.toFloatArray();

        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> call.run(model, sequence));

        assertEquals(
                call.method
                        + ": the model must be compiled first; call compile(optimizer, loss,"
                        + " metrics) after the last add or pop",
                e.getMessage());
        assertEquals(weights, model.getWeights());
        assertEquals(List.of(), model.metricsNames());
        assertTrue(sequence.requested.isEmpty(), sequence.requested.toString());
        assertArrayEquals(x, DATA.x.toFloatArray());
        assertArrayEquals(y, DATA.oneHot.toFloatArray());
    }
}

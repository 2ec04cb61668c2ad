package org.jkeras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/** The generator methods' options values: Keras 2.2.4's defaults, and immutability. */
class GeneratorOptionsTest {

    private static final Sequence EMPTY =
            new Sequence() {
                @Override
                public int size() {
                    return 0;
                }

                @Override
                public Batch get(int index) {
                    throw new IndexOutOfBoundsException(index);
                }
            };

    @Test
    void fitGeneratorDefaultsAreKerasDefaults() {
        FitGeneratorOptions defaults = FitGeneratorOptions.defaults();

        assertNull(defaults.stepsPerEpoch());
        assertEquals(1, defaults.epochs());
        assertEquals(1, defaults.verbose());
        assertEquals(List.of(), defaults.callbacks());
        assertNull(defaults.validationData());
        assertNull(defaults.validationSequence());
        assertNull(defaults.validationGenerator());
        assertNull(defaults.validationSteps());
        assertNull(defaults.classWeight());
        assertEquals(10, defaults.maxQueueSize());
        assertEquals(1, defaults.workers());
        assertFalse(defaults.useMultiprocessing());
        assertTrue(defaults.shuffle());
        assertEquals(0, defaults.initialEpoch());
    }

    @Test
    void evaluateAndPredictGeneratorDefaultsAreKerasDefaults() {
        assertEquals(
                new EvaluateGeneratorOptions(null, 10, 1, false, 0),
                EvaluateGeneratorOptions.defaults());
        assertEquals(
                new PredictGeneratorOptions(null, 10, 1, false, 0),
                PredictGeneratorOptions.defaults());
    }

    @Test
    void aSetterReturnsACopyAndLeavesTheOriginalUnchanged() {
        FitGeneratorOptions original = FitGeneratorOptions.defaults();

        FitGeneratorOptions changed = original.epochs(5).workers(4);

        assertEquals(5, changed.epochs());
        assertEquals(4, changed.workers());
        assertEquals(1, original.epochs());
        assertEquals(1, original.workers());
    }

    @Test
    void callbacksAreCopiedSoLaterChangesToTheListDoNotShow() {
        List<Callback> callbacks = new ArrayList<>();
        FitGeneratorOptions options = FitGeneratorOptions.defaults().callbacks(callbacks);

        callbacks.add(new History());

        assertEquals(List.of(), options.callbacks());
    }

    @Test
    void eachKindOfValidationDataReplacesTheOthers() {
        Iterator<Batch> generator = Collections.emptyIterator();
        ValidationData arrays =
                ValidationData.of(NDArray.of(new float[] {1}), NDArray.of(new float[] {1}));

        FitGeneratorOptions options =
                FitGeneratorOptions.defaults()
                        .validationData(arrays)
                        .validationData(EMPTY)
                        .validationData(generator);

        assertSame(generator, options.validationGenerator());
        assertNull(options.validationSequence());
        assertNull(options.validationData());
    }

    @Test
    void aBatchNeedsInputs() {
        assertThrows(NullPointerException.class, () -> Batch.of(null, null));
        assertNull(Batch.inputs(NDArray.of(new float[] {1})).y());
    }
}

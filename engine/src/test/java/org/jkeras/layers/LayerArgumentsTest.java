package org.jkeras.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jkeras.constraints.Constraints;
import org.jkeras.initializers.Initializer;
import org.jkeras.random.SeededRandom;
import org.jkeras.testing.HostBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Constructor and configuration errors name the argument and end with what was received. */
class LayerArgumentsTest {

    private static String message(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    @Test
    void reluRejectsANegativeMaxValue() {
        assertEquals(
                "maxValue must be >= 0 or null. Received: -1.0",
                message(() -> new ReLU(-1.0, 0, 0)));
    }

    @Test
    void reluRejectsANegativeSlope() {
        assertEquals(
                "negativeSlope must be >= 0. Received: -0.5",
                message(() -> new ReLU(null, -0.5, 0)));
    }

    @Test
    void leakyReluRejectsANonFiniteAlpha() {
        assertEquals(
                "alpha must be a finite number. Received: NaN",
                message(() -> new LeakyReLU(Double.NaN)));
    }

    @Test
    void eluRejectsAnInfiniteAlpha() {
        assertEquals(
                "alpha must be a finite number. Received: Infinity",
                message(() -> new ELU(Double.POSITIVE_INFINITY)));
    }

    @Test
    void thresholdedReluRejectsANonFiniteTheta() {
        assertEquals(
                "theta must be a finite number. Received: NaN",
                message(() -> new ThresholdedReLU(Double.NaN)));
    }

    @Test
    void dropoutRejectsARateAboveOne() {
        assertEquals("rate must be in [0, 1). Received: 1.5", message(() -> new Dropout(1.5)));
    }

    @Test
    void dropoutRejectsAZeroNoiseDimension() {
        assertEquals(
                "noiseShape dimensions must be positive or -1. Received: [-1, 0]",
                message(() -> new Dropout(0.5).noiseShape(-1, 0)));
    }

    @Test
    void dropoutRejectsANoiseShapeOfTheWrongRank() {
        Dropout dropout = new Dropout(0.5).noiseShape(-1, 1);
        assertEquals(
                "noiseShape must have the batch axis and then, per axis of a sample, -1, 1 or the"
                        + " sample's dimension, for samples of shape [3, 4]. Received: [-1, 1]",
                message(() -> dropout.computeOutputShape(new int[] {3, 4})));
    }

    @Test
    void reshapeRejectsTwoUnknownDimensions() {
        assertEquals(
                "targetShape can have only one unknown dimension (-1). Received: [-1, -1]",
                message(() -> new Reshape(-1, -1)));
    }

    @Test
    void reshapeRejectsAZeroDimension() {
        assertEquals(
                "targetShape dimensions must be positive or -1. Received: [3, 0]",
                message(() -> new Reshape(3, 0)));
    }

    @Test
    void reshapeRejectsAShapeOfAnotherSize() {
        Reshape reshape = new Reshape(5, 3);
        assertEquals(
                "targetShape must keep the size of a sample: samples of shape [12] hold 12 values."
                        + " Received: [5, 3]",
                message(() -> reshape.computeOutputShape(new int[] {12})));
    }

    @Test
    void reshapeRejectsAnUnknownDimensionThatCannotDivide() {
        Reshape reshape = new Reshape(-1, 5);
        assertThrows(
                IllegalArgumentException.class, () -> reshape.computeOutputShape(new int[] {12}));
    }

    @Test
    void permuteRejectsZeroBasedDims() {
        assertEquals(
                "dims must be a permutation of 1..2 (axes of a sample, numbered from 1). Received:"
                        + " [0, 1]",
                message(() -> new Permute(0, 1)));
    }

    @Test
    void permuteRejectsSamplesOfAnotherRank() {
        Permute permute = new Permute(2, 1);
        assertEquals(
                "inputShape of a Permute layer with dims [2, 1] must have 2 dimensions. Received:"
                        + " [2, 3, 4]",
                message(() -> permute.computeOutputShape(new int[] {2, 3, 4})));
    }

    @Test
    void repeatVectorRejectsNonPositiveN() {
        assertEquals("n must be positive. Received: 0", message(() -> new RepeatVector(0)));
    }

    @Test
    void repeatVectorRejectsMatrixSamples() {
        RepeatVector repeat = new RepeatVector(2);
        assertEquals(
                "inputShape of a RepeatVector layer must have one dimension (vector samples)."
                        + " Received: [3, 4]",
                message(() -> repeat.computeOutputShape(new int[] {3, 4})));
    }

    @Test
    void inputLayerRejectsAnEmptyShape() {
        assertEquals(
                "inputShape must have at least one dimension. Received: []",
                message(() -> new InputLayer()));
    }

    @Test
    void preluRejectsTheBatchAxisAsASharedAxis() {
        assertEquals(
                "sharedAxes must be distinct axes >= 1 (1 is the first axis of a sample)."
                        + " Received: [0]",
                message(() -> new PReLU().sharedAxes(0)));
    }

    @Test
    void preluRejectsASharedAxisBeyondTheSample() {
        PReLU prelu = new PReLU().sharedAxes(3);
        assertEquals(
                "sharedAxes of a PReLU layer must be in [1, 2] for samples of shape [4, 5]."
                        + " Received: [3]",
                message(() -> prelu.computeOutputShape(new int[] {4, 5})));
    }

    @Test
    void softmaxLayerRejectsAnAxisBeyondTheBatchRank() {
        Softmax softmax = new Softmax(4);
        assertEquals(
                "axis of a Softmax layer must be in [-4, 4) for batches of rank 4. Received: 4",
                message(() -> softmax.computeOutputShape(new int[] {2, 3, 4})));
    }

    @Test
    void denseRejectsAConstraintAxisBeyondTheKernelAtBuild() {
        Dense dense = new Dense(3).kernelConstraint(Constraints.maxNorm(2, 2));
        HostBackend backend = new HostBackend();
        assertEquals(
                "axis of the max_norm constraint must be in [-2, 2) for a weight of shape [4, 3]."
                        + " Received: 2",
                message(() -> dense.build(backend, new int[] {4}, new SeededRandom(1))));
        assertEquals(0, backend.openCount());
    }

    @Test
    void denseRejectsANullInitializer() {
        assertEquals(
                "kernelInitializer must not be null. Received: null",
                message(() -> new Dense(2).kernelInitializer((Initializer) null)));
    }
}

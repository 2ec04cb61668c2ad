package org.jkeras.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jkeras.constraints.Constraints;
import org.jkeras.initializers.Initializers;
import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;
import org.jkeras.testing.HostBackend;
import org.junit.jupiter.api.Test;

/** Output shapes, weight shapes and default-name keywords of the layers. */
class LayerShapesTest {

    private final HostBackend backend = new HostBackend();

    @Test
    void activationLayersKeepTheSampleShape() {
        int[] sample = {3, 4};
        for (BaseLayer layer :
                List.of(
                        new ReLU(),
                        new LeakyReLU(),
                        new PReLU(),
                        new ELU(),
                        new ThresholdedReLU(),
                        new Softmax(),
                        new InputLayer(3, 4))) {
            assertArrayEquals(sample, layer.computeOutputShape(sample), layer.keyword());
        }
    }

    @Test
    void reshapeInfersTheUnknownDimension() {
        assertArrayEquals(
                new int[] {3, 2, 2}, new Reshape(-1, 2, 2).computeOutputShape(new int[] {12}));
    }

    @Test
    void reshapeKeepsAFullyGivenShape() {
        assertArrayEquals(new int[] {6, 2}, new Reshape(6, 2).computeOutputShape(new int[] {3, 4}));
    }

    @Test
    void permuteReordersTheSampleAxesNumberedFromOne() {
        assertArrayEquals(
                new int[] {5, 3, 4}, new Permute(3, 1, 2).computeOutputShape(new int[] {3, 4, 5}));
    }

    @Test
    void repeatVectorAddsTheRepetitionAxis() {
        assertArrayEquals(new int[] {3, 7}, new RepeatVector(3).computeOutputShape(new int[] {7}));
    }

    @Test
    void denseOnStepsKeepsTheStepAxis() {
        assertArrayEquals(new int[] {5, 2}, new Dense(2).computeOutputShape(new int[] {5, 9}));
    }

    @Test
    void preluAlphaHasTheSampleShape() {
        PReLU prelu = new PReLU();
        prelu.build(backend, new int[] {4, 5}, new SeededRandom(1));
        NDArray alpha = prelu.getWeights().get(0);
        assertArrayEquals(new int[] {4, 5}, alpha.shape());
        assertArrayEquals(new float[20], alpha.toFloatArray());
    }

    @Test
    void preluSharedAxesCollapseToOne() {
        PReLU prelu = new PReLU().sharedAxes(1, 2);
        prelu.build(backend, new int[] {6, 6, 3}, new SeededRandom(1));
        assertArrayEquals(new int[] {1, 1, 3}, prelu.getWeights().get(0).shape());
        assertEquals(3, prelu.countParams());
    }

    @Test
    void preluTakesItsAlphaInitializer() {
        PReLU prelu = new PReLU().alphaInitializer(Initializers.constant(0.25));
        prelu.build(backend, new int[] {2}, new SeededRandom(1));
        assertArrayEquals(new float[] {0.25f, 0.25f}, prelu.getWeights().get(0).toFloatArray());
    }

    @Test
    void denseTakesInitializerObjects() {
        Dense dense =
                new Dense(2)
                        .kernelInitializer(Initializers.identity(3))
                        .biasInitializer(Initializers.constant(0.5));
        dense.build(backend, new int[] {2}, new SeededRandom(1));
        assertArrayEquals(new float[] {3, 0, 0, 3}, dense.getWeights().get(0).toFloatArray());
        assertArrayEquals(new float[] {0.5f, 0.5f}, dense.getWeights().get(1).toFloatArray());
    }

    @Test
    void denseInputDimDeclaresVectorSamples() {
        assertArrayEquals(new int[] {784}, new Dense(2).inputDim(784).declaredInputShape());
    }

    @Test
    void inputLayerDeclaresItsShape() {
        assertArrayEquals(new int[] {28, 28}, new InputLayer(28, 28).declaredInputShape());
    }

    @Test
    void denseWithAConstraintStillBuildsItsWeights() {
        Dense dense = new Dense(3).kernelConstraint(Constraints.maxNorm(2, 0));
        dense.build(backend, new int[] {4}, new SeededRandom(1));
        assertArrayEquals(new int[] {4, 3}, dense.getWeights().get(0).shape());
    }

    @Test
    void keywordsAreKerasDefaultNamePrefixes() {
        assertEquals(
                List.of(
                        "re_lu",
                        "leaky_re_lu",
                        "p_re_lu",
                        "elu",
                        "thresholded_re_lu",
                        "softmax",
                        "reshape",
                        "permute",
                        "repeat_vector",
                        "input"),
                List.of(
                                new ReLU(),
                                new LeakyReLU(),
                                new PReLU(),
                                new ELU(),
                                new ThresholdedReLU(),
                                new Softmax(),
                                new Reshape(2),
                                new Permute(1),
                                new RepeatVector(2),
                                new InputLayer(2))
                        .stream()
                        .map(BaseLayer::keyword)
                        .toList());
    }
}

package org.jkeras.it;

import static org.jkeras.it.LayerFixtures.assertGradientsMatchFiniteDifferences;
import static org.jkeras.it.LayerFixtures.built;
import static org.jkeras.it.LayerFixtures.forward;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkeras.Layer;
import org.jkeras.engine.SequentialModel;
import org.jkeras.layers.Dense;
import org.jkeras.layers.Dropout;
import org.jkeras.layers.Flatten;
import org.jkeras.layers.InputLayer;
import org.jkeras.layers.Permute;
import org.jkeras.layers.RepeatVector;
import org.jkeras.layers.Reshape;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reshape, Permute, RepeatVector, Flatten, InputLayer, Dropout and Dense on sequences. */
class ShapeLayersTest {

    private static Backend backend;

    @BeforeAll
    static void createBackend() {
        backend = MathFixtures.cpuBackend();
    }

    @AfterAll
    static void closeBackend() {
        backend.close();
    }

    @Test
    void reshapeKeepsTheRowMajorOrderOfEachSample() {
        NDArray x = MathFixtures.random(1, 2, 12);
        Reshape reshape = built(backend, new Reshape(-1, 2, 2), x);
        assertArrayEquals(new int[] {3, 2, 2}, reshape.outputShape());
        NDArray out = LayerFixtures.run(backend, reshape, x, false, 1).output();
        assertArrayEquals(new int[] {2, 3, 2, 2}, out.shape());
        assertArrayEquals(x.toFloatArray(), out.toFloatArray(), 0);
    }

    @Test
    void reshapeGradientsMatchFiniteDifferences() {
        NDArray x = MathFixtures.random(2, 2, 6);
        assertGradientsMatchFiniteDifferences(backend, built(backend, new Reshape(3, 2), x), x);
    }

    @Test
    void permuteMovesEachElementToItsPermutedIndex() {
        NDArray x = MathFixtures.random(3, 2, 3, 4, 5);
        Permute permute = built(backend, new Permute(3, 1, 2), x);
        NDArray out = LayerFixtures.run(backend, permute, x, false, 1).output();
        assertArrayEquals(new int[] {2, 5, 3, 4}, out.shape());
        float[] in = x.toFloatArray();
        float[] values = out.toFloatArray();
        for (int b = 0; b < 2; b++) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 4; j++) {
                    for (int k = 0; k < 5; k++) {
                        float expected = in[((b * 3 + i) * 4 + j) * 5 + k];
                        assertEquals(expected, values[((b * 5 + k) * 3 + i) * 4 + j], 0);
                    }
                }
            }
        }
    }

    @Test
    void permuteGradientsMatchFiniteDifferences() {
        NDArray x = MathFixtures.random(4, 2, 3, 2);
        assertGradientsMatchFiniteDifferences(backend, built(backend, new Permute(2, 1), x), x);
    }

    @Test
    void repeatVectorCopiesEachSampleNTimes() {
        NDArray x = NDArray.of(new float[][] {{1, 2}, {3, 4}});
        RepeatVector repeat = built(backend, new RepeatVector(3), x);
        NDArray out = LayerFixtures.run(backend, repeat, x, false, 1).output();
        assertArrayEquals(new int[] {2, 3, 2}, out.shape());
        assertArrayEquals(new float[] {1, 2, 1, 2, 1, 2, 3, 4, 3, 4, 3, 4}, out.toFloatArray(), 0);
    }

    @Test
    void repeatVectorGradientsSumTheCopies() {
        NDArray x = MathFixtures.random(5, 2, 3);
        assertGradientsMatchFiniteDifferences(backend, built(backend, new RepeatVector(4), x), x);
    }

    @Test
    void flattenKeepsTheBatchAndTheElementOrder() {
        NDArray x = MathFixtures.random(6, 2, 3, 4);
        NDArray out =
                LayerFixtures.run(backend, built(backend, new Flatten(), x), x, false, 1).output();
        assertArrayEquals(new int[] {2, 12}, out.shape());
        assertArrayEquals(x.toFloatArray(), out.toFloatArray(), 0);
    }

    @Test
    void dropoutNoiseShapeSharesTheMaskAlongAxesOfOne() {
        NDArray x = NDArray.of(filled(4 * 5 * 6, 1f), 4, 5, 6);
        Dropout dropout = built(backend, new Dropout(0.5).noiseShape(-1, 1, -1), x);
        float[] out = LayerFixtures.run(backend, dropout, x, true, 9).output().toFloatArray();
        int kept = 0;
        for (int b = 0; b < 4; b++) {
            for (int f = 0; f < 6; f++) {
                float first = out[(b * 5) * 6 + f];
                assertTrue(first == 0f || first == 2f, "value " + first);
                kept += first == 2f ? 1 : 0;
                for (int t = 1; t < 5; t++) {
                    assertEquals(first, out[(b * 5 + t) * 6 + f], 0, "step " + t);
                }
            }
        }
        assertTrue(kept > 0 && kept < 24, "kept " + kept + " of 24 mask values");
    }

    @Test
    void dropoutScalesKeptUnitsByTheInverseKeepProbability() {
        NDArray x = NDArray.of(filled(10_000, 1f), 100, 100);
        Dropout dropout = built(backend, new Dropout(0.2), x);
        float[] out = LayerFixtures.run(backend, dropout, x, true, 3).output().toFloatArray();
        double sum = 0;
        for (float v : out) {
            assertTrue(v == 0f || v == 1.25f, "value " + v);
            sum += v;
        }
        assertEquals(1.0, sum / out.length, 0.03);
    }

    @Test
    void dropoutIsTheIdentityOutsideTraining() {
        NDArray x = MathFixtures.random(7, 3, 4);
        assertArrayEquals(
                x.toFloatArray(), forward(backend, built(backend, new Dropout(0.5), x), x), 0);
    }

    @Test
    void denseOnStepsAppliesTheSameKernelToEachStep() {
        NDArray x = MathFixtures.random(8, 2, 3, 4);
        Dense dense = built(backend, new Dense(5).activation("tanh"), x);
        float[] kernel = dense.getWeights().get(0).toFloatArray();
        float[] bias = MathFixtures.random(9, 5).toFloatArray();
        dense.setWeights(List.of(dense.getWeights().get(0), NDArray.of(bias)));
        float[] in = x.toFloatArray();
        float[] out = forward(backend, dense, x);
        for (int row = 0; row < 6; row++) {
            for (int u = 0; u < 5; u++) {
                double sum = bias[u];
                for (int k = 0; k < 4; k++) {
                    sum += (double) in[row * 4 + k] * kernel[k * 5 + u];
                }
                assertEquals(Math.tanh(sum), out[row * 5 + u], 1e-6, "row " + row + " unit " + u);
            }
        }
    }

    @Test
    void denseOnStepsGradientsMatchFiniteDifferences() {
        NDArray x = MathFixtures.random(10, 2, 3, 2);
        assertGradientsMatchFiniteDifferences(
                backend, built(backend, new Dense(2).activation("sigmoid"), x), x);
    }

    @Test
    void shapeLayersTakeKerasDefaultNamesInAModel() {
        SequentialModel model = new TestModels().empty(1);
        model.add(new Dense(12).inputShape(4));
        model.add(new Reshape(3, 4));
        model.add(new Permute(2, 1));
        model.add(new Flatten());
        model.add(new RepeatVector(2));
        assertEquals(
                List.of("dense_1", "reshape_1", "permute_1", "flatten_1", "repeat_vector_1"),
                model.layers().stream().map(Layer::name).toList());
        assertArrayEquals(new int[] {2, 12}, model.getLayer("repeat_vector_1").outputShape());
    }

    @Test
    void inputLayerFixesTheInputShapeWithoutBeingListed() {
        SequentialModel model = new TestModels().empty(1);
        model.add(new InputLayer(3));
        model.add(new Dense(2));
        assertEquals(List.of("dense_1"), model.layers().stream().map(Layer::name).toList());
        assertArrayEquals(new int[] {3}, ((Dense) model.getLayer(0)).inputShape());
        NDArray out = model.predict(MathFixtures.random(2, 4, 3));
        assertArrayEquals(new int[] {4, 2}, out.shape());
    }

    private static float[] filled(int size, float value) {
        float[] values = new float[size];
        java.util.Arrays.fill(values, value);
        return values;
    }
}

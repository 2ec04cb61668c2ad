package org.jkeras.it;

import static org.jkeras.it.LayerFixtures.assertGradientsMatchFiniteDifferences;
import static org.jkeras.it.LayerFixtures.built;
import static org.jkeras.it.LayerFixtures.forward;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.jkeras.Layer;
import org.jkeras.constraints.Constraints;
import org.jkeras.engine.SequentialModel;
import org.jkeras.initializers.Initializers;
import org.jkeras.layers.BaseLayer;
import org.jkeras.layers.Dense;
import org.jkeras.layers.ELU;
import org.jkeras.layers.LeakyReLU;
import org.jkeras.layers.PReLU;
import org.jkeras.layers.ReLU;
import org.jkeras.layers.Softmax;
import org.jkeras.layers.ThresholdedReLU;
import org.jkeras.ndarray.NDArray;
import org.jkeras.regularizers.Regularizers;
import org.jkeras.spi.Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The advanced activation layers against their Keras 2.2.4 formulas in double. */
class ActivationLayersTest {

    /** Inputs away from every kink the tests use (0, 0.2, 0.7, 1, 1.4). */
    private static final NDArray X =
            NDArray.of(
                    new float[] {-2.3f, -0.9f, -0.35f, 0.1f, 0.45f, 0.85f, 1.2f, 1.65f, 2.6f},
                    3,
                    3);

    private static Backend backend;

    @BeforeAll
    static void createBackend() {
        backend = MathFixtures.cpuBackend();
    }

    @AfterAll
    static void closeBackend() {
        backend.close();
    }

    private static void assertElementwise(BaseLayer layer, DoubleUnaryOperator formula) {
        float[] in = X.toFloatArray();
        float[] out = forward(backend, built(backend, layer, X), X);
        for (int i = 0; i < in.length; i++) {
            assertEquals(formula.applyAsDouble(in[i]), out[i], 1e-6, "at x = " + in[i]);
        }
    }

    @Test
    void reluLayerIsThePlainRectifierByDefault() {
        assertElementwise(new ReLU(), x -> Math.max(x, 0));
    }

    @Test
    void reluLayerCapsSlopesAndThresholdsAsKeras() {
        // Keras's ReLU_2 case: max_value 1.4, negative_slope 0.2, threshold 0.2.
        assertElementwise(
                new ReLU(1.4, 0.2, 0.2), x -> x >= 1.4 ? 1.4 : x > 0.2 ? x : 0.2 * (x - 0.2));
    }

    @Test
    void reluLayerGradientsMatchFiniteDifferences() {
        assertGradientsMatchFiniteDifferences(
                backend, built(backend, new ReLU(1.4, 0.2, 0.2), X), X);
    }

    @Test
    void leakyReluDefaultsToSlopePointThree() {
        assertElementwise(new LeakyReLU(), x -> x > 0 ? x : 0.3 * x);
    }

    @Test
    void leakyReluGradientsMatchFiniteDifferences() {
        assertGradientsMatchFiniteDifferences(backend, built(backend, new LeakyReLU(0.1), X), X);
    }

    @Test
    void eluLayerScalesTheNegativePart() {
        assertElementwise(new ELU(0.5), x -> x > 0 ? x : 0.5 * Math.expm1(x));
    }

    @Test
    void eluLayerGradientsMatchFiniteDifferences() {
        assertGradientsMatchFiniteDifferences(backend, built(backend, new ELU(0.5), X), X);
    }

    @Test
    void thresholdedReluKeepsOnlyValuesAboveTheta() {
        assertElementwise(new ThresholdedReLU(0.7), x -> x > 0.7 ? x : 0);
    }

    @Test
    void thresholdedReluDefaultsToThetaOne() {
        assertElementwise(new ThresholdedReLU(), x -> x > 1 ? x : 0);
    }

    @Test
    void thresholdedReluGradientsMatchFiniteDifferences() {
        assertGradientsMatchFiniteDifferences(
                backend, built(backend, new ThresholdedReLU(0.7), X), X);
    }

    @Test
    void softmaxLayerNormalizesEachRow() {
        float[] in = X.toFloatArray();
        float[] out = forward(backend, built(backend, new Softmax(), X), X);
        for (int row = 0; row < 3; row++) {
            double sum = 0;
            for (int j = 0; j < 3; j++) {
                sum += Math.exp(in[row * 3 + j]);
            }
            for (int j = 0; j < 3; j++) {
                int i = row * 3 + j;
                assertEquals(Math.exp(in[i]) / sum, out[i], 1e-6, "element " + i);
            }
        }
    }

    @Test
    void softmaxLayerGradientsMatchFiniteDifferences() {
        assertGradientsMatchFiniteDifferences(backend, built(backend, new Softmax(), X), X);
    }

    @Test
    void preluUsesItsAlphaPerUnit() {
        PReLU prelu = built(backend, new PReLU(), X);
        prelu.setWeights(List.of(NDArray.of(new float[] {0.1f, 0.2f, 0.3f})));
        float[] in = X.toFloatArray();
        float[] out = forward(backend, prelu, X);
        for (int i = 0; i < in.length; i++) {
            double alpha = 0.1 * (i % 3 + 1);
            assertEquals(in[i] > 0 ? in[i] : alpha * in[i], out[i], 1e-6, "element " + i);
        }
    }

    @Test
    void preluWithZeroAlphaStartsAsARelu() {
        assertElementwise(new PReLU(), x -> Math.max(x, 0));
    }

    @Test
    void preluSharedAxesShareOneAlpha() {
        NDArray x = MathFixtures.awayFromZero(3, 2, 4, 2);
        PReLU prelu = built(backend, new PReLU().sharedAxes(1), x);
        prelu.setWeights(List.of(NDArray.of(new float[] {0.25f, 0.5f}, 1, 2)));
        float[] in = x.toFloatArray();
        float[] out = forward(backend, prelu, x);
        for (int i = 0; i < in.length; i++) {
            double alpha = i % 2 == 0 ? 0.25 : 0.5;
            assertEquals(in[i] > 0 ? in[i] : alpha * in[i], out[i], 1e-6, "element " + i);
        }
    }

    @Test
    void preluGradientsForInputAndAlphaMatchFiniteDifferences() {
        NDArray x = MathFixtures.awayFromZero(4, 3, 2, 2);
        PReLU prelu = built(backend, new PReLU().alphaInitializer(Initializers.constant(0.3)), x);
        assertGradientsMatchFiniteDifferences(backend, prelu, x);
    }

    @Test
    void preluSharedAlphaGradientsMatchFiniteDifferences() {
        NDArray x = MathFixtures.awayFromZero(5, 3, 2, 2);
        PReLU prelu =
                built(
                        backend,
                        new PReLU().sharedAxes(1).alphaInitializer(Initializers.constant(0.2)),
                        x);
        assertGradientsMatchFiniteDifferences(backend, prelu, x);
    }

    @Test
    void preluAlphaRegularizerAddsItsPenalty() {
        PReLU prelu =
                built(
                        backend,
                        new PReLU()
                                .alphaInitializer(Initializers.constant(0.5))
                                .alphaRegularizer(Regularizers.l1(0.1)),
                        X);
        List<Double> losses = LayerFixtures.run(backend, prelu, X, true, 1).losses();
        assertEquals(1, losses.size());
        assertEquals(0.1 * 3 * 0.5, losses.get(0), 1e-6);
    }

    @Test
    void preluAlphaConstraintProjectsAlpha() {
        PReLU prelu = built(backend, new PReLU().alphaConstraint(Constraints.nonNeg()), X);
        prelu.setWeights(List.of(NDArray.of(new float[] {-0.5f, 0.25f, -1f})));
        prelu.applyConstraints(backend);
        assertArrayEquals(new float[] {0, 0.25f, 0}, prelu.getWeights().get(0).toFloatArray(), 0);
    }

    @Test
    void constraintsLeaveTheWeightsOfANonTrainableLayer() {
        PReLU prelu = built(backend, new PReLU().alphaConstraint("non_neg"), X);
        prelu.setWeights(List.of(NDArray.of(new float[] {-0.5f, 0.25f, -1f})));
        prelu.setTrainable(false);
        prelu.applyConstraints(backend);
        assertArrayEquals(
                new float[] {-0.5f, 0.25f, -1f}, prelu.getWeights().get(0).toFloatArray(), 0);
    }

    @Test
    void layersTakeKerasDefaultNamesInAModel() {
        SequentialModel model = new TestModels().empty(1);
        model.add(new Dense(4).inputShape(3));
        model.add(new ReLU());
        model.add(new LeakyReLU());
        model.add(new PReLU());
        model.add(new ELU());
        model.add(new ThresholdedReLU());
        model.add(new Softmax());
        model.add(new ReLU());
        assertEquals(
                List.of(
                        "dense_1",
                        "re_lu_1",
                        "leaky_re_lu_1",
                        "p_re_lu_1",
                        "elu_1",
                        "thresholded_re_lu_1",
                        "softmax_1",
                        "re_lu_2"),
                model.layers().stream().map(Layer::name).toList());
    }
}

package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.jkeras.Callback;
import org.jkeras.FitOptions;
import org.jkeras.constraints.Constraint;
import org.jkeras.constraints.Constraints;
import org.jkeras.engine.SequentialModel;
import org.jkeras.initializers.Initializers;
import org.jkeras.layers.Dense;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Keras 2.2.4 constraints against their formulas in double, and during training. */
class ConstraintsTest {

    /** Keras's {@code K.epsilon()}. */
    private static final double EPSILON = 1e-7;

    /** A 3 x 2 weight: column norms 5 and about 0.224, row norms about 3.16, 4.12 and 0.1. */
    private static final NDArray W = NDArray.of(new float[] {3, -0.1f, -4, 0.2f, 0, 0.1f}, 3, 2);

    private static Backend backend;

    @BeforeAll
    static void createBackend() {
        backend = MathFixtures.cpuBackend();
    }

    @AfterAll
    static void closeBackend() {
        backend.close();
    }

    private static float[] project(Constraint constraint, NDArray weight) {
        constraint.checkShape(weight.shape());
        try (Tensor value = backend.fromHost(weight);
                Tensor projected = constraint.apply(backend, value)) {
            return backend.toHost(projected).toFloatArray();
        }
    }

    /** The L2 norms of the columns (axis 0) or rows (axis 1) of a rows x 2 weight. */
    private static double[] norms(float[] w, int rows, int axis) {
        int count = axis == 0 ? 2 : rows;
        double[] norms = new double[count];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 2; c++) {
                norms[axis == 0 ? c : r] += (double) w[r * 2 + c] * w[r * 2 + c];
            }
        }
        for (int i = 0; i < count; i++) {
            norms[i] = Math.sqrt(norms[i]);
        }
        return norms;
    }

    /** Checks {@code w * desired(norm) / (epsilon + norm)} slice by slice along {@code axis}. */
    private static void assertRescaled(float[] actual, int axis, DoubleUnaryOperator desired) {
        float[] w = W.toFloatArray();
        double[] norms = norms(w, 3, axis);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 2; c++) {
                double norm = norms[axis == 0 ? c : r];
                double expected = w[r * 2 + c] * desired.applyAsDouble(norm) / (EPSILON + norm);
                assertEquals(expected, actual[r * 2 + c], 1e-6, "element " + r + "," + c);
            }
        }
    }

    @Test
    void maxNormScalesDownOnlyColumnsAboveTheMaximum() {
        assertRescaled(project(Constraints.maxNorm(2, 0), W), 0, n -> Math.min(n, 2));
    }

    @Test
    void maxNormAlongAxisOneConstrainsRows() {
        assertRescaled(project(Constraints.maxNorm(3.5, 1), W), 1, n -> Math.min(n, 3.5));
    }

    @Test
    void maxNormByNameDefaultsToTwoOverAxisZero() {
        assertRescaled(project(Constraints.get("max_norm"), W), 0, n -> Math.min(n, 2));
    }

    @Test
    void nonNegZeroesNegativeElements() {
        float[] out = project(Constraints.nonNeg(), W);
        float[] w = W.toFloatArray();
        for (int i = 0; i < w.length; i++) {
            assertEquals(Math.max(w[i], 0), out[i], 0, "element " + i);
        }
    }

    @Test
    void unitNormDividesByTheNormPlusEpsilon() {
        assertRescaled(project(Constraints.unitNorm(0), W), 0, n -> 1);
    }

    @Test
    void minMaxNormClipsTheNormIntoItsRange() {
        assertRescaled(
                project(Constraints.minMaxNorm(1, 3, 1, 0), W),
                0,
                n -> Math.min(3, Math.max(1, n)));
    }

    @Test
    void minMaxNormWithARateMovesPartWay() {
        assertRescaled(
                project(Constraints.minMaxNorm(1, 3, 0.25, 0), W),
                0,
                n -> 0.25 * Math.min(3, Math.max(1, n)) + 0.75 * n);
    }

    @Test
    void constraintsHoldAfterEveryUpdate() {
        TestData data = TestData.generate(48, 5, 3, 2);
        SequentialModel model = new TestModels().empty(3);
        model.add(
                new Dense(4)
                        .inputShape(5)
                        .activation("relu")
                        .kernelInitializer(Initializers.randomUniform(-2, 2))
                        .biasInitializer(Initializers.constant(-1))
                        .kernelConstraint(Constraints.maxNorm(0.5, 0))
                        .biasConstraint(Constraints.nonNeg()));
        model.add(new Dense(3).activation("softmax"));
        model.compile("sgd", "categorical_crossentropy", List.of());
        List<List<NDArray>> seen = new ArrayList<>();
        Callback recorder =
                new Callback() {
                    @Override
                    public void onBatchEnd(int batch, Map<String, Double> logs) {
                        seen.add(model.getLayer(0).getWeights());
                    }
                };
        FitOptions options =
                FitOptions.defaults()
                        .epochs(2)
                        .batchSize(8)
                        .verbose(0)
                        .callbacks(List.of(recorder));
        model.fit(data.x, data.oneHot, options);
        assertEquals(12, seen.size());
        for (List<NDArray> weights : seen) {
            float[] kernel = weights.get(0).toFloatArray();
            for (int unit = 0; unit < 4; unit++) {
                double sum = 0;
                for (int k = 0; k < 5; k++) {
                    sum += (double) kernel[k * 4 + unit] * kernel[k * 4 + unit];
                }
                assertTrue(Math.sqrt(sum) <= 0.5 + 1e-5, "column norm " + Math.sqrt(sum));
            }
            for (float b : weights.get(1).toFloatArray()) {
                assertTrue(b >= 0, "bias " + b);
            }
        }
    }
}

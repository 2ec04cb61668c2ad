package org.jkeras.it;

import static org.jkeras.it.LayerFixtures.built;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkeras.EvaluateOptions;
import org.jkeras.FitOptions;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.engine.SequentialModel;
import org.jkeras.initializers.Initializers;
import org.jkeras.layers.Dense;
import org.jkeras.ndarray.NDArray;
import org.jkeras.regularizers.Regularizer;
import org.jkeras.regularizers.Regularizers;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** L1/L2 penalties: their values, their gradients, and that they enter the model's loss. */
class RegularizersTest {

    private static final NDArray W = NDArray.of(new float[] {-2, -0.5f, 0, 0.25f, 1, 3}, 2, 3);

    private static Backend backend;

    @BeforeAll
    static void createBackend() {
        backend = MathFixtures.cpuBackend();
    }

    @AfterAll
    static void closeBackend() {
        backend.close();
    }

    private static double penalty(Regularizer regularizer, NDArray x) {
        try (Tensor value = backend.fromHost(x);
                GradientTape tape = new GradientTape(backend)) {
            return backend.toHost(regularizer.apply(tape, tape.constant(value)).value())
                    .toFloatArray()[0];
        }
    }

    private static double sumAbs(NDArray x) {
        double sum = 0;
        for (float v : x.toFloatArray()) {
            sum += Math.abs(v);
        }
        return sum;
    }

    private static double sumSquares(NDArray x) {
        double sum = 0;
        for (float v : x.toFloatArray()) {
            sum += (double) v * v;
        }
        return sum;
    }

    @Test
    void l1IsTheFactorTimesTheSumOfMagnitudes() {
        assertEquals(0.01 * sumAbs(W), penalty(Regularizers.l1(0.01), W), 1e-6);
    }

    @Test
    void l2IsTheFactorTimesTheSumOfSquares() {
        assertEquals(0.02 * sumSquares(W), penalty(Regularizers.l2(0.02), W), 1e-6);
    }

    @Test
    void l1l2AddsBothTerms() {
        assertEquals(
                0.1 * sumAbs(W) + 0.3 * sumSquares(W),
                penalty(Regularizers.l1l2(0.1, 0.3), W),
                1e-5);
    }

    @Test
    void zeroFactorsGiveZero() {
        assertEquals(0, penalty(Regularizers.l1l2(0, 0), W), 0);
    }

    @Test
    void regularizerGradientsMatchFiniteDifferences() {
        Regularizer regularizer = Regularizers.l1l2(0.1, 0.3);
        MathFixtures.assertGradientsMatchFiniteDifferences(
                backend, (tape, in) -> regularizer.apply(tape, in.get(0)), W);
    }

    @Test
    void denseAddsKernelBiasAndActivityPenaltiesInThatOrder() {
        NDArray x = NDArray.of(new float[][] {{1, 2}, {-1, 0.5f}});
        Dense dense =
                built(
                        backend,
                        new Dense(3)
                                .biasInitializer(Initializers.constant(0.5))
                                .kernelRegularizer(Regularizers.l2(0.1))
                                .biasRegularizer(Regularizers.l1(0.2))
                                .activityRegularizer(Regularizers.l2(0.05)),
                        x);
        NDArray kernel = dense.getWeights().get(0);
        LayerFixtures.Result result = LayerFixtures.run(backend, dense, x, true, 1);
        assertEquals(3, result.losses().size());
        assertEquals(0.1 * sumSquares(kernel), result.losses().get(0), 1e-6);
        assertEquals(0.2 * 3 * 0.5, result.losses().get(1), 1e-6);
        // Keras 2.2.4 sums the activity penalty over the batch, without dividing by its size.
        assertEquals(0.05 * sumSquares(result.output()), result.losses().get(2), 1e-6);
    }

    @Test
    void evaluateAddsThePenaltyToTheLoss() {
        SequentialModel model = new TestModels().empty(1);
        model.add(
                new Dense(1)
                        .inputShape(2)
                        .useBias(false)
                        .kernelInitializer(Initializers.ones())
                        .kernelRegularizer(Regularizers.l2(0.1)));
        model.compile("sgd", "mse");
        NDArray x = NDArray.of(new float[][] {{1, 2}, {3, -1}});
        NDArray y = NDArray.of(new float[][] {{2}, {1}});
        // Predictions 3 and 2: squared errors 1 and 1; the kernel's penalty is 0.1 * (1 + 1).
        double loss = model.evaluate(x, y, EvaluateOptions.defaults().verbose(0)).get(0);
        assertEquals(1 + 0.2, loss, 1e-6);
    }

    @Test
    void largeL2ShrinksTheKernelDuringTraining() {
        TestData data = TestData.generate(64, 6, 3, 3);
        double plain = kernelNorm(trained(data, null));
        double shrunk = kernelNorm(trained(data, Regularizers.l2(1.0)));
        assertTrue(shrunk < plain * 0.5, "regularized " + shrunk + ", plain " + plain);
    }

    private static SequentialModel trained(TestData data, Regularizer regularizer) {
        SequentialModel model = new TestModels().empty(7);
        model.add(new Dense(3).inputShape(6).activation("softmax").kernelRegularizer(regularizer));
        model.compile("sgd", "categorical_crossentropy", List.of());
        model.fit(data.x, data.oneHot, FitOptions.defaults().epochs(30).batchSize(16).verbose(0));
        return model;
    }

    private static double kernelNorm(SequentialModel model) {
        return Math.sqrt(sumSquares(model.getLayer(0).getWeights().get(0)));
    }
}

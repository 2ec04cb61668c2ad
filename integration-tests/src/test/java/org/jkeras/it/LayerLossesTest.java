package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jkeras.CompileOptions;
import org.jkeras.EvaluateOptions;
import org.jkeras.constraints.Constraints;
import org.jkeras.engine.SequentialModel;
import org.jkeras.layers.Dense;
import org.jkeras.regularizers.Regularizers;
import org.junit.jupiter.api.Test;

/**
 * The layers' regularization terms join the total loss in training and evaluation, and their
 * constraints are applied after every update, as in Keras 2.2.4.
 */
class LayerLossesTest {

    private static final double L2 = 0.1;

    private final TestModels models = new TestModels();

    private SequentialModel regularized() {
        return LinearFixture.create(
                models,
                new Dense(1).inputShape(2).kernelRegularizer(Regularizers.l2(L2)),
                CompileOptions.of("sgd", "mse"));
    }

    private static double penalty() {
        double k0 = LinearFixture.KERNEL[0];
        double k1 = LinearFixture.KERNEL[1];
        return L2 * (k0 * k0 + k1 * k1);
    }

    private static double meanSquaredError() {
        double sum = 0;
        for (double value : LinearFixture.squaredErrors()) {
            sum += value;
        }
        return sum / LinearFixture.Y.length;
    }

    @Test
    void regularizationTermIsAddedToTheEvaluatedLoss() {
        double loss =
                regularized()
                        .evaluate(
                                LinearFixture.x(),
                                LinearFixture.y(),
                                EvaluateOptions.defaults().verbose(0))
                        .get(0);
        assertEquals(meanSquaredError() + penalty(), loss, 1e-6);
    }

    @Test
    void regularizationTermIsAddedToTheTrainingLossAndItsGradient() {
        SequentialModel model = regularized();
        double loss = model.trainOnBatch(LinearFixture.x(), LinearFixture.y()).get(0);
        double[] gradient = LinearFixture.mseGradient();
        float[] kernel = model.getWeights().get(0).toFloatArray();
        assertEquals(meanSquaredError() + penalty(), loss, 1e-6);
        double k0 = LinearFixture.KERNEL[0];
        assertEquals(k0 - 0.01 * (gradient[0] + 2 * L2 * k0), kernel[0], 1e-6);
    }

    @Test
    void constraintIsAppliedAfterTheUpdate() {
        SequentialModel model =
                LinearFixture.create(
                        models,
                        new Dense(1).inputShape(2).kernelConstraint(Constraints.nonNeg()),
                        CompileOptions.of("sgd", "mse"));
        model.trainOnBatch(LinearFixture.x(), LinearFixture.y());
        double[] gradient = LinearFixture.mseGradient();
        float[] kernel = model.getWeights().get(0).toFloatArray();
        double updated = LinearFixture.KERNEL[1] - 0.01 * gradient[1];
        assertEquals(LinearFixture.KERNEL[0] - 0.01 * gradient[0], kernel[0], 1e-6);
        assertEquals(Math.max(0, updated), kernel[1], 1e-6);
    }
}

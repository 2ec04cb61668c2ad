package org.jkeras.it;

import java.util.List;
import org.jkeras.CompileOptions;
import org.jkeras.engine.SequentialModel;
import org.jkeras.layers.Dense;
import org.jkeras.ndarray.NDArray;

/**
 * A linear model {@code y = x . kernel + bias} with chosen weights on four samples, so tests can
 * compute its losses by hand in double precision.
 */
final class LinearFixture {

    static final float[][] X = {{1, 2}, {0, -1}, {3, 1}, {-2, 0.5f}};
    static final float[] Y = {1, 0, 2, -1};
    static final float[] KERNEL = {0.5f, -0.25f};
    static final float BIAS = 0.1f;

    private LinearFixture() {}

    static NDArray x() {
        return NDArray.of(X);
    }

    static NDArray y() {
        return NDArray.of(Y, Y.length, 1);
    }

    /** Returns the model, named {@code out}, with the fixture's weights, compiled as given. */
    static SequentialModel create(TestModels models, CompileOptions options) {
        return create(models, new Dense(1).inputShape(2).name("out"), options);
    }

    /** Returns the model of one {@code layer}, a Dense(1) on two inputs, with the weights. */
    static SequentialModel create(TestModels models, Dense layer, CompileOptions options) {
        SequentialModel model = models.empty(1);
        model.add(layer);
        model.setWeights(List.of(NDArray.of(KERNEL, 2, 1), NDArray.of(new float[] {BIAS}, 1)));
        model.compile(options);
        return model;
    }

    /** Returns the model's output for sample {@code i}. */
    static double prediction(int i) {
        return (double) X[i][0] * KERNEL[0] + (double) X[i][1] * KERNEL[1] + BIAS;
    }

    /** Returns the error {@code prediction - target} of sample {@code i}. */
    static double error(int i) {
        return prediction(i) - Y[i];
    }

    /** Returns Keras's weighted mean {@code mean(l * w) / mean(w != 0)} of per-sample values. */
    static double weightedMean(double[] values, double[] weights) {
        double sum = 0;
        int nonZero = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * weights[i];
            nonZero += weights[i] != 0 ? 1 : 0;
        }
        return (sum / values.length) / ((double) nonZero / values.length);
    }

    /**
     * Returns the gradient of the mean squared error over the four samples with respect to the
     * kernel's two entries and the bias, in that order.
     */
    static double[] mseGradient() {
        double[] gradient = new double[3];
        for (int i = 0; i < Y.length; i++) {
            double dLoss = 2 * error(i) / Y.length;
            gradient[0] += dLoss * X[i][0];
            gradient[1] += dLoss * X[i][1];
            gradient[2] += dLoss;
        }
        return gradient;
    }

    /** Returns the squared error of every sample. */
    static double[] squaredErrors() {
        double[] values = new double[Y.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = error(i) * error(i);
        }
        return values;
    }

    /** Returns the absolute error of every sample. */
    static double[] absoluteErrors() {
        double[] values = new double[Y.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.abs(error(i));
        }
        return values;
    }
}

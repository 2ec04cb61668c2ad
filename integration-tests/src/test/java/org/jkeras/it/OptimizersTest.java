package org.jkeras.it;

import static org.jkeras.it.MathFixtures.assertClose;
import static org.jkeras.it.MathFixtures.host;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jkeras.ndarray.NDArray;
import org.jkeras.optimizers.Adam;
import org.jkeras.optimizers.OptimizerBase;
import org.jkeras.optimizers.Optimizers;
import org.jkeras.optimizers.RMSprop;
import org.jkeras.optimizers.SGD;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OptimizersTest {

    private static final float[] START = {1.0f, -2.0f, 0.5f};
    private static final float[][] GRADS = {{0.1f, -0.3f, 2.0f}, {-0.2f, 0.4f, 1.0f}};

    private static Backend backend;

    @BeforeAll
    static void createBackend() {
        backend = MathFixtures.cpuBackend();
    }

    @AfterAll
    static void closeBackend() {
        backend.close();
    }

    /** Runs the optimizer over {@link #GRADS} from {@link #START} and returns the parameter. */
    private static float[] run(OptimizerBase optimizer, int steps) {
        try (Tensor param = backend.fromHost(NDArray.of(START))) {
            for (int step = 0; step < steps; step++) {
                try (Tensor grad = backend.fromHost(NDArray.of(GRADS[step]))) {
                    optimizer.apply(backend, List.of(param), List.of(grad));
                }
            }
            return host(backend, param);
        } finally {
            optimizer.release();
        }
    }

    private static float[] toFloats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    @Test
    void sgdStepsAgainstTheGradient() {
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = START[i] - 0.01 * GRADS[0][i] - 0.01 * GRADS[1][i];
        }
        assertClose(toFloats(expected), run(Optimizers.get("sgd"), 2), 1e-6);
    }

    @Test
    void sgdMomentumAccumulatesVelocity() {
        double lr = 0.1;
        double momentum = 0.9;
        double[] p = new double[3];
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            p[i] = START[i];
            for (float[] g : GRADS) {
                v[i] = momentum * v[i] - lr * g[i];
                p[i] += v[i];
            }
        }
        assertClose(toFloats(p), run(new SGD().lr(lr).momentum(momentum), 2), 1e-6);
    }

    @Test
    void sgdNesterovLooksAhead() {
        double lr = 0.1;
        double momentum = 0.9;
        double[] p = new double[3];
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            p[i] = START[i];
            for (float[] g : GRADS) {
                v[i] = momentum * v[i] - lr * g[i];
                p[i] += momentum * v[i] - lr * g[i];
            }
        }
        assertClose(toFloats(p), run(new SGD().lr(lr).momentum(momentum).nesterov(true), 2), 1e-6);
    }

    @Test
    void sgdDecayShrinksTheRateWithIterations() {
        double lr = 0.1;
        double decay = 0.5;
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = START[i] - lr * GRADS[0][i] - lr / (1 + decay) * GRADS[1][i];
        }
        assertClose(toFloats(expected), run(new SGD().learningRate(lr).decay(decay), 2), 1e-6);
    }

    @Test
    void rmspropFollowsKerasTwoTwoFormula() {
        double lr = 0.01;
        double rho = 0.9;
        double epsilon = 1e-7;
        double[] p = new double[3];
        for (int i = 0; i < 3; i++) {
            p[i] = START[i];
            double a = 0;
            for (float[] g : GRADS) {
                a = rho * a + (1 - rho) * g[i] * g[i];
                p[i] -= lr * g[i] / (Math.sqrt(a) + epsilon);
            }
        }
        assertClose(toFloats(p), run(new RMSprop().lr(lr), 2), 1e-5);
    }

    @Test
    void adamUsesBiasCorrectedRate() {
        double lr = 0.01;
        double beta1 = 0.9;
        double beta2 = 0.999;
        double epsilon = 1e-7;
        double[] p = new double[3];
        for (int i = 0; i < 3; i++) {
            p[i] = START[i];
            double m = 0;
            double v = 0;
            for (int t = 1; t <= GRADS.length; t++) {
                double g = GRADS[t - 1][i];
                m = beta1 * m + (1 - beta1) * g;
                v = beta2 * v + (1 - beta2) * g * g;
                double lrT = lr * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
                p[i] -= lrT * m / (Math.sqrt(v) + epsilon);
            }
        }
        assertClose(toFloats(p), run(new Adam().lr(lr), 2), 1e-5);
    }

    @Test
    void adamAmsgradDividesByTheLargestSecondMoment() {
        double lr = 0.01;
        double[] p = new double[3];
        for (int i = 0; i < 3; i++) {
            p[i] = START[i];
            double m = 0;
            double v = 0;
            double vHat = 0;
            for (int t = 1; t <= GRADS.length; t++) {
                double g = GRADS[t - 1][i];
                m = 0.9 * m + 0.1 * g;
                v = 0.999 * v + 0.001 * g * g;
                vHat = Math.max(vHat, v);
                double lrT = lr * Math.sqrt(1 - Math.pow(0.999, t)) / (1 - Math.pow(0.9, t));
                p[i] -= lrT * m / (Math.sqrt(vHat) + 1e-7);
            }
        }
        assertClose(toFloats(p), run(new Adam().lr(lr).amsgrad(true), 2), 1e-5);
    }

    @Test
    void applyCountsIterations() {
        OptimizerBase adam = new Adam();
        try (Tensor param = backend.fromHost(NDArray.of(START));
                Tensor grad = backend.fromHost(NDArray.of(GRADS[0]))) {
            adam.apply(backend, List.of(param), List.of(grad));
            adam.apply(backend, List.of(param), List.of(grad));
        } finally {
            adam.release();
        }
        assertEquals(2, adam.iterations());
    }

    @Test
    void releaseStartsTheMomentsAfresh() {
        OptimizerBase sgd = new SGD().lr(0.1).momentum(0.9);
        try (Tensor param = backend.fromHost(NDArray.of(new float[] {0}));
                Tensor grad = backend.fromHost(NDArray.of(new float[] {1}))) {
            sgd.apply(backend, List.of(param), List.of(grad));
            sgd.release();
            sgd.apply(backend, List.of(param), List.of(grad));
            assertClose(new float[] {-0.2f}, host(backend, param), 1e-6);
        } finally {
            sgd.release();
        }
    }

    @Test
    void releaseClosesEverySlotAndStepsLeaveNoTemporaries() {
        TrackingBackend tracking = new TrackingBackend(backend);
        Backend tracked = tracking.backend();
        OptimizerBase adam = new Adam().amsgrad(true);
        try (Tensor param = tracked.fromHost(NDArray.of(START));
                Tensor grad = tracked.fromHost(NDArray.of(GRADS[0]))) {
            tracking.forget();
            adam.apply(tracked, List.of(param), List.of(grad));
            adam.apply(tracked, List.of(param), List.of(grad));
            assertEquals(3, tracking.openCount());
            adam.release();
            assertEquals(0, tracking.openCount());
        }
    }

    @Test
    void gradOfAnotherShapeIsRejected() {
        OptimizerBase sgd = new SGD();
        try (Tensor param = backend.fromHost(NDArray.of(START));
                Tensor grad = backend.fromHost(NDArray.of(new float[] {1, 2}))) {
            IllegalArgumentException e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> sgd.apply(backend, List.of(param), List.of(grad)));
            assertEquals(
                    "grads[0] must have the shape of its parameter [3]. Received: [2]",
                    e.getMessage());
        }
    }
}

package org.jkeras.it;

import static org.jkeras.it.MathFixtures.host;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkeras.it.KerasOptimizerRules.Rule;
import org.jkeras.ndarray.NDArray;
import org.jkeras.optimizers.Adadelta;
import org.jkeras.optimizers.Adagrad;
import org.jkeras.optimizers.Adam;
import org.jkeras.optimizers.Adamax;
import org.jkeras.optimizers.Nadam;
import org.jkeras.optimizers.OptimizerBase;
import org.jkeras.optimizers.Optimizers;
import org.jkeras.optimizers.RMSprop;
import org.jkeras.optimizers.SGD;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every optimizer, with each of its options, run six steps on two parameters (shapes [2, 3] and
 * [3]) and compared after every step with {@link KerasOptimizerRules}, Keras 2.2.4's rule in
 * float64. The gradients' global norm is about 1.7, so {@code clipnorm(0.5)} and {@code
 * clipvalue(0.3)} both bite.
 */
class OptimizerUpdateRulesTest {

    private static final int STEPS = 6;
    private static final double TOLERANCE = 1e-6;
    private static final double EPS = 1e-7;

    private static Backend backend;

    @BeforeAll
    static void createBackend() {
        backend = MathFixtures.cpuBackend();
    }

    @AfterAll
    static void closeBackend() {
        backend.close();
    }

    private static NDArray gradient(int step, int which, int... shape) {
        return MathFixtures.random(1000L * step + which, shape);
    }

    private static double[] concat(float[] a, float[] b) {
        double[] out = new double[a.length + b.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        for (int i = 0; i < b.length; i++) {
            out[a.length + i] = b[i];
        }
        return out;
    }

    /** Runs both for {@link #STEPS} steps and checks the parameters after each one. */
    private static void assertFollows(Rule rule, OptimizerBase optimizer) {
        NDArray startA = MathFixtures.random(1, 2, 3);
        NDArray startB = MathFixtures.random(2, 3);
        double[] expected = concat(startA.toFloatArray(), startB.toFloatArray());
        try (Tensor a = backend.fromHost(startA);
                Tensor b = backend.fromHost(startB)) {
            for (int t = 1; t <= STEPS; t++) {
                NDArray gradA = gradient(t, 0, 2, 3);
                NDArray gradB = gradient(t, 1, 3);
                try (Tensor ga = backend.fromHost(gradA);
                        Tensor gb = backend.fromHost(gradB)) {
                    optimizer.apply(backend, List.of(a, b), List.of(ga, gb));
                }
                rule.step(expected, concat(gradA.toFloatArray(), gradB.toFloatArray()), t);
                double[] actual = concat(host(backend, a), host(backend, b));
                for (int i = 0; i < expected.length; i++) {
                    double error = Math.abs(actual[i] - expected[i]);
                    assertTrue(
                            error <= TOLERANCE * Math.max(1, Math.abs(expected[i])),
                            "step "
                                    + t
                                    + ", element "
                                    + i
                                    + ": expected "
                                    + expected[i]
                                    + ", got "
                                    + actual[i]);
                }
            }
        } finally {
            optimizer.release();
        }
    }

    @Test
    void sgdWithDefaultsFollowsKeras() {
        assertFollows(KerasOptimizerRules.sgd(0.01, 0, false, 0), Optimizers.get("sgd"));
    }

    @Test
    void sgdWithDecayFollowsKeras() {
        assertFollows(KerasOptimizerRules.sgd(0.1, 0, false, 0.3), new SGD().lr(0.1).decay(0.3));
    }

    @Test
    void sgdWithMomentumFollowsKeras() {
        assertFollows(KerasOptimizerRules.sgd(0.1, 0.9, false, 0), new SGD().lr(0.1).momentum(0.9));
    }

    @Test
    void sgdWithNesterovMomentumAndDecayFollowsKeras() {
        assertFollows(
                KerasOptimizerRules.sgd(0.1, 0.8, true, 0.1),
                new SGD().lr(0.1).momentum(0.8).nesterov(true).decay(0.1));
    }

    @Test
    void sgdWithClipnormFollowsKeras() {
        assertFollows(
                KerasOptimizerRules.clipped(KerasOptimizerRules.sgd(0.1, 0.9, false, 0), 0.5, 0),
                new SGD().lr(0.1).momentum(0.9).clipnorm(0.5));
    }

    @Test
    void sgdWithClipvalueFollowsKeras() {
        assertFollows(
                KerasOptimizerRules.clipped(KerasOptimizerRules.sgd(0.1, 0, false, 0), 0, 0.3),
                new SGD().lr(0.1).clipvalue(0.3));
    }

    @Test
    void sgdWithClipnormAndClipvalueClipsTheNormFirst() {
        assertFollows(
                KerasOptimizerRules.clipped(KerasOptimizerRules.sgd(0.1, 0, false, 0), 0.9, 0.3),
                new SGD().lr(0.1).clipnorm(0.9).clipvalue(0.3));
    }

    @Test
    void rmspropWithDefaultsFollowsKeras() {
        assertFollows(KerasOptimizerRules.rmsprop(0.001, 0.9, EPS, 0), Optimizers.get("rmsprop"));
    }

    @Test
    void rmspropWithDecayAndClipnormFollowsKeras() {
        assertFollows(
                KerasOptimizerRules.clipped(
                        KerasOptimizerRules.rmsprop(0.01, 0.8, EPS, 0.2), 0.5, 0),
                new RMSprop().lr(0.01).rho(0.8).decay(0.2).clipnorm(0.5));
    }

    @Test
    void adagradWithDefaultsFollowsKeras() {
        assertFollows(KerasOptimizerRules.adagrad(0.01, EPS, 0), Optimizers.get("adagrad"));
    }

    @Test
    void adagradWithDecayAndClipvalueFollowsKeras() {
        assertFollows(
                KerasOptimizerRules.clipped(KerasOptimizerRules.adagrad(0.1, EPS, 0.5), 0, 0.3),
                new Adagrad().learningRate(0.1).decay(0.5).clipvalue(0.3));
    }

    @Test
    void adadeltaWithDefaultsFollowsKeras() {
        assertFollows(KerasOptimizerRules.adadelta(1.0, 0.95, EPS, 0), Optimizers.get("adadelta"));
    }

    @Test
    void adadeltaWithDecayAndClipnormFollowsKeras() {
        assertFollows(
                KerasOptimizerRules.clipped(
                        KerasOptimizerRules.adadelta(0.5, 0.9, 1e-6, 0.25), 0.5, 0),
                new Adadelta().lr(0.5).rho(0.9).epsilon(1e-6).decay(0.25).clipnorm(0.5));
    }

    @Test
    void adamWithDefaultsFollowsKeras() {
        assertFollows(
                KerasOptimizerRules.adam(0.001, 0.9, 0.999, EPS, 0, false), Optimizers.get("adam"));
    }

    @Test
    void adamWithAmsgradFollowsKeras() {
        assertFollows(
                KerasOptimizerRules.adam(0.01, 0.9, 0.999, EPS, 0, true),
                new Adam().lr(0.01).amsgrad(true));
    }

    @Test
    void adamWithDecayAmsgradAndClipnormFollowsKeras() {
        assertFollows(
                KerasOptimizerRules.clipped(
                        KerasOptimizerRules.adam(0.01, 0.8, 0.99, EPS, 0.3, true), 0.5, 0),
                new Adam().lr(0.01).beta1(0.8).beta2(0.99).decay(0.3).amsgrad(true).clipnorm(0.5));
    }

    @Test
    void adamaxWithDefaultsFollowsKeras() {
        assertFollows(
                KerasOptimizerRules.adamax(0.002, 0.9, 0.999, EPS, 0), Optimizers.get("adamax"));
    }

    @Test
    void adamaxWithDecayAndClipvalueFollowsKeras() {
        assertFollows(
                KerasOptimizerRules.clipped(
                        KerasOptimizerRules.adamax(0.02, 0.8, 0.9, EPS, 0.4), 0, 0.3),
                new Adamax().lr(0.02).beta1(0.8).beta2(0.9).decay(0.4).clipvalue(0.3));
    }

    @Test
    void nadamWithDefaultsFollowsKeras() {
        assertFollows(
                KerasOptimizerRules.nadam(0.002, 0.9, 0.999, EPS, 0.004), Optimizers.get("nadam"));
    }

    @Test
    void nadamWithAFasterScheduleAndClipnormFollowsKeras() {
        assertFollows(
                KerasOptimizerRules.clipped(
                        KerasOptimizerRules.nadam(0.01, 0.85, 0.99, EPS, 0.5), 0.5, 0),
                new Nadam().lr(0.01).beta1(0.85).beta2(0.99).scheduleDecay(0.5).clipnorm(0.5));
    }
}

package org.jkeras.it;

import static org.jkeras.it.MathFixtures.assertClose;
import static org.jkeras.it.MathFixtures.host;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jkeras.ndarray.NDArray;
import org.jkeras.optimizers.Adadelta;
import org.jkeras.optimizers.Adagrad;
import org.jkeras.optimizers.Adam;
import org.jkeras.optimizers.Adamax;
import org.jkeras.optimizers.Nadam;
import org.jkeras.optimizers.OptimizerBase;
import org.jkeras.optimizers.RMSprop;
import org.jkeras.optimizers.SGD;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Optimizer state (getWeights, setWeights, release), clipping by value, and bad input. */
class OptimizerStateTest {

    private static Backend backend;

    @BeforeAll
    static void createBackend() {
        backend = MathFixtures.cpuBackend();
    }

    @AfterAll
    static void closeBackend() {
        backend.close();
    }

    static List<Arguments> everyOptimizer() {
        List<Supplier<OptimizerBase>> all =
                List.of(
                        () -> new SGD().lr(0.1).momentum(0.9).nesterov(true).decay(0.1),
                        () -> new RMSprop().decay(0.1),
                        () -> new Adagrad().decay(0.1),
                        () -> new Adadelta().decay(0.1),
                        () -> new Adam().amsgrad(true).decay(0.1),
                        Adamax::new,
                        Nadam::new);
        return all.stream().map(s -> Arguments.of(s.get().name(), s)).toList();
    }

    static List<Arguments> everyOptimizerClipped() {
        List<Supplier<OptimizerBase>> all =
                List.of(
                        () -> new SGD().momentum(0.9).clipnorm(0.5).clipvalue(0.1),
                        () -> new RMSprop().clipnorm(0.5).clipvalue(0.1),
                        () -> new Adagrad().clipnorm(0.5).clipvalue(0.1),
                        () -> new Adadelta().clipnorm(0.5).clipvalue(0.1),
                        () -> new Adam().amsgrad(true).clipnorm(0.5).clipvalue(0.1),
                        () -> new Adamax().clipnorm(0.5).clipvalue(0.1),
                        () -> new Nadam().clipnorm(0.5).clipvalue(0.1));
        return all.stream().map(s -> Arguments.of(s.get().name(), s)).toList();
    }

    /** Two parameters and their values, with the gradients of a few numbered steps. */
    private static final class Run implements AutoCloseable {
        final Tensor a = backend.fromHost(MathFixtures.random(1, 2, 3));
        final Tensor b = backend.fromHost(MathFixtures.random(2, 3));

        void step(OptimizerBase optimizer, int t) {
            try (Tensor ga = backend.fromHost(MathFixtures.random(100 + t, 2, 3));
                    Tensor gb = backend.fromHost(MathFixtures.random(200 + t, 3))) {
                optimizer.apply(backend, List.of(a, b), List.of(ga, gb));
            }
        }

        List<NDArray> values() {
            return List.of(backend.toHost(a), backend.toHost(b));
        }

        void set(List<NDArray> values) {
            try (Tensor va = backend.fromHost(values.get(0));
                    Tensor vb = backend.fromHost(values.get(1))) {
                backend.assign(a, va);
                backend.assign(b, vb);
            }
        }

        @Override
        public void close() {
            a.close();
            b.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOptimizer")
    void restoredFreshOptimizerTakesTheSameNextStepsAsTheOriginal(
            String name, Supplier<OptimizerBase> factory) {
        OptimizerBase original = factory.get();
        OptimizerBase restored = factory.get();
        try (Run run = new Run()) {
            for (int t = 1; t <= 3; t++) {
                run.step(original, t);
            }
            List<NDArray> state = original.getWeights();
            List<NDArray> params = run.values();
            run.step(original, 4);
            run.step(original, 5);
            List<NDArray> continued = run.values();

            run.set(params);
            restored.setWeights(state);
            run.step(restored, 4);
            run.step(restored, 5);
            assertEquals(continued, run.values());
            assertEquals(original.getWeights(), restored.getWeights());
        } finally {
            original.release();
            restored.release();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOptimizer")
    void restoringASnapshotUndoesLaterSteps(String name, Supplier<OptimizerBase> factory) {
        OptimizerBase optimizer = factory.get();
        try (Run run = new Run()) {
            run.step(optimizer, 1);
            run.step(optimizer, 2);
            List<NDArray> state = optimizer.getWeights();
            List<NDArray> params = run.values();
            run.step(optimizer, 3);
            List<NDArray> afterThree = run.values();

            run.step(optimizer, 4);
            run.set(params);
            optimizer.setWeights(state);
            assertEquals(state, optimizer.getWeights());
            run.step(optimizer, 3);
            assertEquals(afterThree, run.values());
        } finally {
            optimizer.release();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOptimizer")
    void restoringTheStateBeforeTheFirstStepStartsAfresh(
            String name, Supplier<OptimizerBase> factory) {
        OptimizerBase optimizer = factory.get();
        OptimizerBase fresh = factory.get();
        try (Run run = new Run()) {
            List<NDArray> initial = optimizer.getWeights();
            List<NDArray> params = run.values();
            run.step(fresh, 1);
            List<NDArray> firstStep = run.values();

            run.set(params);
            run.step(optimizer, 1);
            run.step(optimizer, 2);
            run.set(params);
            optimizer.setWeights(initial);
            assertEquals(0, optimizer.iterations());
            run.step(optimizer, 1);
            assertEquals(firstStep, run.values());
        } finally {
            optimizer.release();
            fresh.release();
        }
    }

    @Test
    void adamWeightsAreTheIterationCountThenEveryMThenEveryV() {
        Adam adam = new Adam();
        try (Run run = new Run()) {
            run.step(adam, 1);
            List<NDArray> weights = adam.getWeights();
            assertEquals(5, weights.size());
            assertEquals(1, weights.get(0).toIntArray()[0]);
            float[] gradA = MathFixtures.random(101, 2, 3).toFloatArray();
            float[] gradB = MathFixtures.random(201, 3).toFloatArray();
            assertArrayEquals(new int[] {2, 3}, weights.get(1).shape());
            assertArrayEquals(new int[] {3}, weights.get(2).shape());
            assertClose(scaled(gradA, 0.1, false), weights.get(1).toFloatArray(), 1e-7);
            assertClose(scaled(gradB, 0.1, false), weights.get(2).toFloatArray(), 1e-7);
            assertClose(scaled(gradA, 0.001, true), weights.get(3).toFloatArray(), 1e-7);
            assertClose(scaled(gradB, 0.001, true), weights.get(4).toFloatArray(), 1e-7);
        } finally {
            adam.release();
        }
    }

    private static float[] scaled(float[] g, double factor, boolean squared) {
        float[] out = new float[g.length];
        for (int i = 0; i < g.length; i++) {
            out[i] = (float) (factor * (squared ? (double) g[i] * g[i] : g[i]));
        }
        return out;
    }

    @Test
    void sgdWithoutMomentumKeepsOnlyTheIterationCount() {
        SGD sgd = new SGD();
        try (Run run = new Run()) {
            run.step(sgd, 1);
            run.step(sgd, 2);
            List<NDArray> weights = sgd.getWeights();
            assertEquals(1, weights.size());
            assertEquals(2, weights.get(0).toIntArray()[0]);
        }
    }

    @Test
    void setWeightsWithTooFewArraysIsRejectedAndChangesNothing() {
        Adam adam = new Adam();
        try (Run run = new Run()) {
            run.step(adam, 1);
            List<NDArray> before = adam.getWeights();
            List<NDArray> shorter = new ArrayList<>(before.subList(0, 4));
            shorter.set(0, NDArray.of(new int[] {9}, new int[0]));
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> adam.setWeights(shorter));
            assertEquals(
                    "weights must hold 5 arrays (the iteration count, then 2 slot arrays for"
                            + " each of 2 parameters). Received: 4",
                    e.getMessage());
            assertEquals(before, adam.getWeights());
        } finally {
            adam.release();
        }
    }

    @Test
    void setWeightsWithAWrongShapeIsRejectedAndChangesNothing() {
        RMSprop rmsprop = new RMSprop();
        try (Run run = new Run()) {
            run.step(rmsprop, 1);
            List<NDArray> before = rmsprop.getWeights();
            List<NDArray> wrong =
                    List.of(NDArray.of(new int[] {5}, new int[0]), before.get(1), before.get(1));
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> rmsprop.setWeights(wrong));
            assertEquals("weights[2] must have the shape [3]. Received: [2, 3]", e.getMessage());
            assertEquals(before, rmsprop.getWeights());
        } finally {
            rmsprop.release();
        }
    }

    @Test
    void pendingSlotsOfTheWrongShapeAreRejectedAtTheFirstStepWithNothingUpdated() {
        Adagrad adagrad = new Adagrad();
        adagrad.setWeights(
                List.of(
                        NDArray.of(new int[] {4}, new int[0]),
                        NDArray.of(new float[] {1, 1}),
                        NDArray.of(new float[] {1, 1, 1})));
        try (Run run = new Run()) {
            List<NDArray> params = run.values();
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> run.step(adagrad, 1));
            assertEquals(
                    "optimizer weight 1 set by setWeights must have the shape of params[0]"
                            + " [2, 3]. Received: [2]",
                    e.getMessage());
            assertEquals(params, run.values());
            assertEquals(4, adagrad.iterations());
        } finally {
            adagrad.release();
        }
    }

    @Test
    void clipnormScalesAllGradientsByTheirGlobalNorm() {
        SGD sgd = new SGD().lr(1).clipnorm(1);
        try (Tensor a = backend.fromHost(NDArray.of(new float[] {0}));
                Tensor b = backend.fromHost(NDArray.of(new float[] {0}));
                Tensor ga = backend.fromHost(NDArray.of(new float[] {3}));
                Tensor gb = backend.fromHost(NDArray.of(new float[] {4}))) {
            sgd.apply(backend, List.of(a, b), List.of(ga, gb));
            assertClose(new float[] {-0.6f}, host(backend, a), 1e-7);
            assertClose(new float[] {-0.8f}, host(backend, b), 1e-7);
            assertClose(new float[] {3}, host(backend, ga), 0);
        }
    }

    @Test
    void clipnormAboveTheNormLeavesGradientsAsTheyAre() {
        SGD sgd = new SGD().lr(1).clipnorm(5.5);
        try (Tensor a = backend.fromHost(NDArray.of(new float[] {0, 0}));
                Tensor g = backend.fromHost(NDArray.of(new float[] {3, 4}))) {
            sgd.apply(backend, List.of(a), List.of(g));
            assertClose(new float[] {-3, -4}, host(backend, a), 0);
        }
    }

    @Test
    void clipvalueClipsEachElementAfterTheNormIsClipped() {
        SGD sgd = new SGD().lr(1).clipnorm(1).clipvalue(0.7);
        try (Tensor a = backend.fromHost(NDArray.of(new float[] {0, 0}));
                Tensor g = backend.fromHost(NDArray.of(new float[] {-3, 4}))) {
            sgd.apply(backend, List.of(a), List.of(g));
            assertClose(new float[] {0.6f, -0.7f}, host(backend, a), 1e-7);
        }
    }

    @Test
    void clipvalueAloneClipsToItsInterval() {
        SGD sgd = new SGD().lr(1).clipvalue(0.5);
        try (Tensor a = backend.fromHost(NDArray.of(new float[] {0, 0, 0}));
                Tensor g = backend.fromHost(NDArray.of(new float[] {-2, 0.1f, 3}))) {
            sgd.apply(backend, List.of(a), List.of(g));
            assertClose(new float[] {0.5f, -0.1f, -0.5f}, host(backend, a), 1e-7);
        }
    }

    @Test
    void aDifferentParameterCountIsRejectedAndChangesNothing() {
        Adam adam = new Adam();
        try (Run run = new Run()) {
            run.step(adam, 1);
            List<NDArray> state = adam.getWeights();
            List<NDArray> params = run.values();
            try (Tensor g = backend.fromHost(MathFixtures.random(7, 2, 3))) {
                IllegalArgumentException e =
                        assertThrows(
                                IllegalArgumentException.class,
                                () -> adam.apply(backend, List.of(run.a), List.of(g)));
                assertEquals(
                        "params must be the 2 tensors of earlier updates (call release() to start"
                                + " afresh). Received: 1 tensors",
                        e.getMessage());
            }
            assertEquals(state, adam.getWeights());
            assertEquals(params, run.values());
        } finally {
            adam.release();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOptimizerClipped")
    void stepsWithClippingLeaveOnlyTheSlotsOpen(String name, Supplier<OptimizerBase> factory) {
        TrackingBackend tracking = new TrackingBackend(backend);
        Backend tracked = tracking.backend();
        OptimizerBase optimizer = factory.get();
        int slots;
        try (Tensor param = tracked.fromHost(MathFixtures.random(3, 4));
                Tensor grad = tracked.fromHost(MathFixtures.random(4, 4))) {
            List<Tensor> params = List.of(param);
            tracking.forget();
            applyClipped(optimizer, tracked, params, grad);
            slots = optimizer.getWeights().size() - 1;
            applyClipped(optimizer, tracked, params, grad);
            assertEquals(slots, tracking.openCount());
            optimizer.release();
            assertEquals(0, tracking.openCount());
        }
    }

    private static void applyClipped(
            OptimizerBase optimizer, Backend on, List<Tensor> params, Tensor grad) {
        try (Tensor copy = on.fromHost(on.toHost(grad))) {
            optimizer.apply(on, params, List.of(copy));
        }
    }
}

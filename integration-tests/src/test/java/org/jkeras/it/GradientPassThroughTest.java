package org.jkeras.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Gradients that already have their operand's shape are handed on without a copy; the upstream
 * gradient passed through that way must still be owned, and closed, exactly once.
 */
class GradientPassThroughTest {

    private Backend cpu;
    private TrackingBackend tracking;
    private final Map<String, Integer> calls = new HashMap<>();
    private Backend backend;

    @BeforeEach
    void createBackend() {
        cpu = MathFixtures.cpuBackend();
        tracking = new TrackingBackend(cpu);
        Backend tracked = tracking.backend();
        backend =
                (Backend)
                        Proxy.newProxyInstance(
                                Backend.class.getClassLoader(),
                                new Class<?>[] {Backend.class},
                                (proxy, method, args) -> {
                                    calls.merge(method.getName(), 1, Integer::sum);
                                    try {
                                        return method.invoke(tracked, args);
                                    } catch (InvocationTargetException e) {
                                        throw e.getCause();
                                    }
                                });
    }

    @AfterEach
    void closeBackend() {
        cpu.close();
    }

    private Tensor input(float... values) {
        return cpu.fromHost(NDArray.of(values, values.length));
    }

    private float[] host(Tensor tensor) {
        return cpu.toHost(tensor).toFloatArray();
    }

    @Test
    void variableAddedToItselfGetsGradientTwoAndLeavesNothingOpen() {
        try (Tensor x = input(1, -2, 3)) {
            try (GradientTape tape = new GradientTape(backend)) {
                Variable v = tape.watch(x);
                Variable sum = tape.binary(BinaryOp.ADD, v, v);
                Variable total = tape.reduce(ReduceOp.SUM, sum, new int[] {0}, false);
                Tensor grad = tape.gradient(total, List.of(v)).get(0);
                assertArrayEquals(new float[] {2, 2, 2}, host(grad));
            }
            assertEquals(0, tracking.openCount());
        }
    }

    @Test
    void upstreamAskedForAsAResultIsNotHandedOnToTheInputs() {
        try (Tensor a = input(1, 2);
                Tensor b = input(3, 4)) {
            try (GradientTape tape = new GradientTape(backend)) {
                Variable va = tape.watch(a);
                Variable vb = tape.watch(b);
                Variable sum = tape.binary(BinaryOp.ADD, va, vb);
                Variable doubled = tape.binary(BinaryOp.MUL, sum, tape.scalar(2));
                Variable total = tape.reduce(ReduceOp.SUM, doubled, new int[] {0}, false);
                List<Tensor> grads = tape.gradient(total, List.of(va, vb));
                assertNotSame(grads.get(0), grads.get(1));
                assertArrayEquals(new float[] {2, 2}, host(grads.get(0)));
                assertArrayEquals(new float[] {2, 2}, host(grads.get(1)));
            }
            assertEquals(0, tracking.openCount());
        }
    }

    @Test
    void intermediateAndItsInputsMayAllBeAskedFor() {
        try (Tensor a = input(1, 2);
                Tensor b = input(3, 4)) {
            try (GradientTape tape = new GradientTape(backend)) {
                Variable va = tape.watch(a);
                Variable vb = tape.watch(b);
                Variable sum = tape.binary(BinaryOp.ADD, va, vb);
                Variable square = tape.unary(UnaryOp.SQUARE, sum);
                Variable total = tape.reduce(ReduceOp.SUM, square, new int[] {0}, false);
                List<Tensor> grads = tape.gradient(total, List.of(sum, va, vb));
                assertNotSame(grads.get(0), grads.get(1));
                assertNotSame(grads.get(1), grads.get(2));
                for (Tensor grad : grads) {
                    assertArrayEquals(new float[] {8, 12}, host(grad));
                }
            }
            assertEquals(0, tracking.openCount());
        }
    }

    @Test
    void sameShapeGradientsOfDenseReluAndMaskAreNotCopiedByReshape() {
        try (Tensor x = cpu.fromHost(NDArray.of(new float[] {1, -2, 3, 4, -5, 6}, 2, 3));
                Tensor kernel = cpu.fromHost(NDArray.of(new float[] {1, -1, 2, 0, -3, 1}, 3, 2));
                Tensor mask = cpu.fromHost(NDArray.of(new float[] {2, 2, 0, 2}, 2, 2))) {
            try (GradientTape tape = new GradientTape(backend)) {
                Variable k = tape.watch(kernel);
                Variable hidden = tape.dense(tape.constant(x), k, null);
                Variable relu = tape.unary(UnaryOp.RELU, hidden);
                Variable dropped = tape.binary(BinaryOp.MUL, relu, tape.constant(mask));
                Variable total = tape.reduce(ReduceOp.SUM, dropped, new int[] {0, 1}, false);
                int reshapesBefore = calls.getOrDefault("reshape", 0);
                Tensor grad = tape.gradient(total, List.of(k)).get(0);
                // dense = [[-12, 2], [-24, 2]]: only column 1 passes relu, and the mask keeps it.
                assertArrayEquals(new float[] {0, 10, 0, -14, 0, 18}, host(grad));
                // Only the sum's gradient is reshaped back to its kept dimensions.
                assertEquals(1, calls.getOrDefault("reshape", 0) - reshapesBefore);
            }
            assertEquals(0, tracking.openCount());
        }
    }
}

package org.jkeras.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Availability;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BackendProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The cross-backend check: runs the same computations on two backends and requires their results to
 * agree within the conformance kit's tolerances. Where {@link BackendConformanceKit} compares a
 * backend with the kit's float64 reference, this compares it with another backend, such as the
 * pure-Java one, so that differences in rounding order, threading or native math libraries show up
 * together on one report.
 *
 * <p>A backend module extends it naming two providers:
 *
 * <pre>{@code
 * class Nd4jAgreesWithCpuJavaTest extends CrossBackendKit {
 *     protected BackendProvider candidate() { return new Nd4jBackendProvider(); }
 *     protected BackendProvider baseline() { return new CpuJavaBackendProvider(); }
 * }
 * }</pre>
 *
 * <p>Three groups of cases, each with a stable id: {@code cross.op.*} every core and fused op on
 * the same seeded inputs, including broadcasting and NaN and infinity corners ({@link
 * Tolerance#ELEMENTWISE} for element-wise and shape ops, {@link Tolerance#ACCUMULATED} for the
 * rest); {@code cross.gradient.*} the gradients the engine's tape computes on each ({@link
 * Tolerance#GRADIENT}); and {@code cross.training.*} the per-epoch losses of a 3-epoch MLP fitted
 * through {@code Sequential} with one seed ({@link Tolerance#GRADIENT}). Both providers must be
 * registered for {@link java.util.ServiceLoader}, as the training case picks them by name. If
 * either is unavailable, the kit is skipped with its reason.
 */
public abstract class CrossBackendKit {

    private Backend candidateBackend;
    private Backend baselineBackend;

    /** Returns the provider of the backend under test. */
    protected abstract BackendProvider candidate();

    /** Returns the provider of the backend it must agree with. */
    protected abstract BackendProvider baseline();

    /** Builds every case, grouped by kind. */
    @TestFactory
    Stream<DynamicNode> crossBackend() {
        BackendProvider candidate = candidate();
        BackendProvider baseline = baseline();
        assertNotEquals(candidate.name(), baseline.name(), "compare two different backends");
        for (BackendProvider provider : List.of(candidate, baseline)) {
            Availability availability = provider.availability();
            Assumptions.assumeTrue(
                    availability.available(),
                    () ->
                            "backend "
                                    + provider.name()
                                    + " is unavailable: "
                                    + availability.reason());
        }
        candidateBackend = candidate.create();
        baselineBackend = baseline.create();
        Map<String, List<DynamicNode>> groups = new LinkedHashMap<>();
        for (CrossCases.Case c : CrossCases.all()) {
            groups.computeIfAbsent(c.group(), g -> new ArrayList<>())
                    .add(DynamicTest.dynamicTest(c.id(), () -> run(c)));
        }
        List<DynamicNode> nodes = new ArrayList<>();
        groups.forEach(
                (group, tests) -> nodes.add(DynamicContainer.dynamicContainer(group, tests)));
        return nodes.stream();
    }

    /** Closes both backends once every case has run. */
    @AfterEach
    void closeBackends() {
        for (Backend backend : new Backend[] {candidateBackend, baselineBackend}) {
            if (backend != null) {
                backend.close();
            }
        }
        candidateBackend = null;
        baselineBackend = null;
    }

    private void run(CrossCases.Case c) throws Throwable {
        List<NDArray> expected = c.compute(baselineBackend);
        List<NDArray> actual = c.compute(candidateBackend);
        try {
            assertAgree(actual, expected, c.tolerance());
        } catch (AssertionError e) {
            throw new AssertionError(c.id() + ": " + e.getMessage(), e);
        }
    }

    /** Checks that two backends' outputs have equal types and shapes and agree element-wise. */
    static void assertAgree(List<NDArray> actual, List<NDArray> expected, Tolerance tolerance) {
        assertEquals(expected.size(), actual.size(), "number of outputs");
        for (int i = 0; i < expected.size(); i++) {
            NDArray a = actual.get(i);
            NDArray e = expected.get(i);
            String what = "output " + i;
            assertEquals(e.dtype(), a.dtype(), what + ": dtype");
            assertArrayEquals(e.shape(), a.shape(), what + ": shape");
            if (e.dtype() == DType.INT32) {
                assertArrayEquals(e.toIntArray(), a.toIntArray(), what + ": values");
            } else {
                Fixture.assertValuesClose(
                        a.toFloatArray(), Ref.fromHost(e), tolerance, what + " vs the baseline");
            }
        }
    }
}

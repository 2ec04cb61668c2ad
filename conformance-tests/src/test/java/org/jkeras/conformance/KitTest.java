package org.jkeras.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.CompareOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Checks the kit itself: its coverage, and that it catches a backend that breaks the contract. */
class KitTest {

    private static final String GRADIENT = "gradient.";

    private static List<KitCase> catalogue(Backend backend) {
        return BackendConformanceKit.catalogue(new ReferenceBackendProvider(), backend);
    }

    /**
     * Runs the value cases (not gradients, not training, not the architecture rule, which the
     * reference backend declares as a gap) and returns the ids that fail.
     */
    private static Set<String> failingValueCases(Backend backend) {
        Set<String> failing = new TreeSet<>();
        for (KitCase kitCase : catalogue(backend)) {
            if (kitCase.id().startsWith(GRADIENT)
                    || kitCase.id().startsWith("training.")
                    || kitCase.id().startsWith("architecture.")) {
                continue;
            }
            try {
                kitCase.body().run();
            } catch (Throwable e) {
                failing.add(kitCase.id());
            }
        }
        return failing;
    }

    @Test
    void caseIdsAreUnique() {
        List<String> ids = catalogue(new ReferenceBackend()).stream().map(KitCase::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids in " + ids);
    }

    @Test
    void everyBackendMethodHasACase() {
        Set<String> methods = new TreeSet<>();
        for (Method method : Backend.class.getMethods()) {
            methods.add(method.getName());
        }
        Set<String> covered =
                catalogue(new ReferenceBackend()).stream()
                        .map(c -> c.op().split("\\.")[0])
                        .collect(Collectors.toSet());
        methods.removeAll(covered);
        assertEquals(Set.of(), methods, "Backend methods without a case");
    }

    @Test
    void everyEnumOpHasValueAndGradientCases() {
        Set<String> ops =
                catalogue(new ReferenceBackend()).stream()
                        .map(KitCase::op)
                        .collect(Collectors.toSet());
        List<String> expected = new ArrayList<>();
        for (UnaryOp op : UnaryOp.values()) {
            expected.add("unary." + op);
        }
        for (BinaryOp op : BinaryOp.values()) {
            expected.add("binary." + op);
        }
        for (ReduceOp op : ReduceOp.values()) {
            expected.add("reduce." + op);
        }
        List<String> missing = new ArrayList<>();
        for (String op : expected) {
            if (!ops.contains(op) || !ops.contains(GRADIENT + op)) {
                missing.add(op);
            }
        }
        for (CompareOp op : CompareOp.values()) {
            if (!ops.contains("compare." + op)) {
                missing.add("compare." + op);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyValueCasePassesOnTheReferenceBackend() {
        assertEquals(Set.of(), failingValueCases(new ReferenceBackend()));
    }

    @Test
    void anAdditionOffByOneThousandthFailsTheAddCasesOnly() {
        Backend broken =
                new ForwardingBackend(new ReferenceBackend()) {
                    @Override
                    public Tensor binary(BinaryOp op, Tensor a, Tensor b) {
                        if (op != BinaryOp.ADD) {
                            return super.binary(op, a, b);
                        }
                        try (Tensor sum = super.binary(op, a, b);
                                Tensor error = full(new int[0], sum.dtype(), 1e-3)) {
                            return super.binary(BinaryOp.ADD, sum, error);
                        }
                    }
                };
        Set<String> failing = failingValueCases(broken);
        assertTrue(failing.contains("binary.ADD.same-shape"), failing.toString());
        assertTrue(failing.contains("binary.ADD.broadcast-row-col"), failing.toString());
        assertTrue(
                failing.stream().noneMatch(id -> id.startsWith("binary.SUB")), failing.toString());
    }

    @Test
    void aReshapeThatSharesMemoryWithItsInputIsCaught() {
        Backend broken =
                new ForwardingBackend(new ReferenceBackend()) {
                    @Override
                    public Tensor reshape(Tensor x, int[] shape) {
                        return x;
                    }
                };
        assertTrue(failingValueCases(broken).contains("reshape.result-independent-of-input"));
    }

    @Test
    void aBackendThatReadsClosedTensorsIsCaught() {
        Backend broken =
                new ForwardingBackend(new ReferenceBackend()) {
                    @Override
                    public NDArray toHost(Tensor tensor) {
                        return tensor.isClosed()
                                ? NDArray.zeros(DType.FLOAT32, 2, 3)
                                : super.toHost(tensor);
                    }
                };
        assertTrue(failingValueCases(broken).contains("tensor.closed-rejected-by-toHost"));
    }

    @Test
    void aBackendThatWritesIntoItsInputIsCaught() {
        Backend broken =
                new ForwardingBackend(new ReferenceBackend()) {
                    @Override
                    public Tensor unary(UnaryOp op, Tensor x) {
                        Tensor result = super.unary(op, x);
                        assign(x, result);
                        return super.unary(UnaryOp.NEG, super.unary(UnaryOp.NEG, x));
                    }
                };
        assertTrue(failingValueCases(broken).contains("unary.EXP.values"));
    }

    @Test
    void aSoftmaxWithoutTheMaximumShiftOverflowsAndIsCaught() {
        Backend broken =
                new ForwardingBackend(new ReferenceBackend()) {
                    @Override
                    public Tensor softmax(Tensor x, int axis) {
                        try (Tensor exp = unary(UnaryOp.EXP, x);
                                Tensor sum = reduce(ReduceOp.SUM, exp, new int[] {axis}, true)) {
                            return binary(BinaryOp.DIV, exp, sum);
                        }
                    }
                };
        Set<String> failing = failingValueCases(broken);
        assertTrue(failing.contains("softmax.large-logits-stay-finite"), failing.toString());
        assertTrue(!failing.contains("softmax.last-axis"), failing.toString());
    }

    @Test
    void sgdWithoutNesterovLookAheadFailsTheNesterovCase() {
        Backend broken =
                new ForwardingBackend(new ReferenceBackend()) {
                    @Override
                    public void sgdUpdate(
                            Tensor param,
                            Tensor grad,
                            Tensor velocity,
                            double lr,
                            double momentum,
                            boolean nesterov) {
                        super.sgdUpdate(param, grad, velocity, lr, momentum, false);
                    }
                };
        Set<String> failing = failingValueCases(broken);
        assertEquals(Set.of("sgdUpdate.nesterov", "sgdUpdate.nesterov-large"), failing);
    }

    @Test
    void aDeclaredGapIsSkippedWithItsReason() {
        KitCase failing = new KitCase("x.y.z", "x", () -> assertTrue(false));
        ConformanceGaps gaps = ConformanceGaps.parse("gaps", "x.y.z | not supported on this chip");
        TestAbortedException aborted =
                assertThrows(
                        TestAbortedException.class,
                        () -> BackendConformanceKit.run(failing, gaps, new Tally()));
        assertTrue(aborted.getMessage().contains("not supported on this chip"));
    }

    @Test
    void anUndeclaredFailureFailsAndNamesTheCase() {
        KitCase failing = new KitCase("x.y.z", "x", () -> assertEquals(1, 2));
        AssertionError error =
                assertThrows(
                        AssertionError.class,
                        () ->
                                BackendConformanceKit.run(
                                        failing, ConformanceGaps.none(), new Tally()));
        assertTrue(error.getMessage().startsWith("x.y.z: "), error.getMessage());
    }

    @Test
    void aGapNamingNoCaseFailsTheRun() {
        List<KitCase> cases = List.of(new KitCase("a.b", "a", () -> {}));
        ConformanceGaps gaps = ConformanceGaps.parse("gaps", "a.b | fine\nold.case | gone\n");
        AssertionError error =
                assertThrows(
                        AssertionError.class,
                        () -> BackendConformanceKit.checkNoStaleGaps(cases, gaps));
        assertTrue(error.getMessage().contains("old.case"), error.getMessage());
        assertTrue(!error.getMessage().contains("a.b"), error.getMessage());
    }

    @Test
    void theSummaryCountsPassedFailedAndSkippedCases() throws Throwable {
        Tally tally = new Tally();
        ConformanceGaps gaps = ConformanceGaps.parse("gaps", "c.gap | reason here");
        BackendConformanceKit.run(new KitCase("a.ok", "a", () -> {}), gaps, tally);
        assertThrows(
                AssertionError.class,
                () ->
                        BackendConformanceKit.run(
                                new KitCase("b.bad", "b", () -> assertTrue(false)), gaps, tally));
        assertThrows(
                TestAbortedException.class,
                () -> BackendConformanceKit.run(new KitCase("c.gap", "c", () -> {}), gaps, tally));
        String summary = tally.summary("demo", 3);
        assertTrue(summary.contains("3 cases: 1 passed, 1 failed, 1 skipped"), summary);
        assertTrue(summary.contains("failed: b.bad"), summary);
        assertTrue(summary.contains("gap: c.gap | reason here"), summary);
    }

    @Test
    void catalogueIdsFollowGroupDotOp() {
        for (KitCase kitCase : catalogue(new ReferenceBackend())) {
            assertTrue(kitCase.id().matches("[a-zA-Z]+(\\.[A-Za-z0-9_-]+)+"), "id " + kitCase.id());
        }
        assertTrue(
                Arrays.asList("unary", "binary", "gradient", "training").stream()
                        .allMatch(
                                group ->
                                        catalogue(new ReferenceBackend()).stream()
                                                .anyMatch(c -> c.group().equals(group))));
    }
}

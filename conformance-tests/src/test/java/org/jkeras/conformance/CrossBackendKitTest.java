package org.jkeras.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.ReduceOp;
import org.jkeras.spi.Tensor;
import org.jkeras.spi.UnaryOp;
import org.junit.jupiter.api.Test;

/** Checks the cross-backend kit itself: its coverage, and that it catches a disagreement. */
class CrossBackendKitTest {

    /** Runs every case on both backends and returns the ids whose outputs disagree. */
    private static Set<String> disagreeing(Backend candidate, Backend baseline, boolean training)
            throws Throwable {
        Set<String> failing = new TreeSet<>();
        for (CrossCases.Case c : CrossCases.all()) {
            if (!training && c.id().startsWith("cross.training.")) {
                continue;
            }
            try {
                CrossBackendKit.assertAgree(
                        c.compute(candidate), c.compute(baseline), c.tolerance());
            } catch (AssertionError e) {
                failing.add(c.id());
            }
        }
        return failing;
    }

    @Test
    void caseIdsAreUnique() {
        List<String> ids = CrossCases.all().stream().map(CrossCases.Case::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids in " + ids);
    }

    @Test
    void everyEnumOpHasAnOpCaseAndEveryDifferentiableOneAGradientCase() {
        Set<String> ids = new HashSet<>();
        CrossCases.all().forEach(c -> ids.add(c.id()));
        List<String> missing = new ArrayList<>();
        for (UnaryOp op : UnaryOp.values()) {
            for (String id : List.of("cross.op.unary." + op, "cross.gradient.unary." + op)) {
                if (!ids.contains(id)) {
                    missing.add(id);
                }
            }
        }
        for (BinaryOp op : BinaryOp.values()) {
            if (!ids.contains("cross.gradient.binary." + op + ".broadcast")) {
                missing.add("cross.gradient.binary." + op + ".broadcast");
            }
        }
        for (ReduceOp op : ReduceOp.values()) {
            if (!ids.contains("cross.gradient.reduce." + op)) {
                missing.add("cross.gradient.reduce." + op);
            }
        }
        assertEquals(List.of(), missing, "cases the kit should have");
    }

    @Test
    void aBackendAgreesWithItselfOnEveryCaseIncludingTraining() throws Throwable {
        assertEquals(Set.of(), disagreeing(new ReferenceBackend(), new ReferenceBackend(), true));
    }

    @Test
    void anAdditionOffBy1e3IsCaughtWhereAdditionIsUsed() throws Throwable {
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
        Set<String> failing = disagreeing(broken, new ReferenceBackend(), false);
        assertTrue(failing.contains("cross.op.binary.ADD.broadcast"), "caught: " + failing);
        assertTrue(failing.contains("cross.op.fused.dense-rank-3"), "caught: " + failing);
        assertTrue(!failing.contains("cross.op.unary.EXP"), "EXP does not add: " + failing);
    }

    @Test
    void outputsOfDifferentShapesDisagree() {
        assertThrows(
                AssertionError.class,
                () ->
                        CrossBackendKit.assertAgree(
                                List.of(NDArray.of(new float[] {1, 2})),
                                List.of(NDArray.of(new float[] {1, 2}, 2, 1)),
                                Tolerance.ELEMENTWISE));
    }

    @Test
    void nanDisagreesWithANumber() {
        assertThrows(
                AssertionError.class,
                () ->
                        CrossBackendKit.assertAgree(
                                List.of(NDArray.of(new float[] {Float.NaN})),
                                List.of(NDArray.of(new float[] {0})),
                                Tolerance.ELEMENTWISE));
    }
}

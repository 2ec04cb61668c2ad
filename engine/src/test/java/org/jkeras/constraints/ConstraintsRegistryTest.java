package org.jkeras.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintsRegistryTest {

    @Test
    void kerasNamesAndAliasesResolve() {
        assertEquals("max_norm", Constraints.get("maxnorm").name());
        assertEquals("non_neg", Constraints.get("nonneg").name());
        assertEquals("unit_norm", Constraints.get("unitnorm").name());
        assertEquals("min_max_norm", Constraints.get("min_max_norm").name());
    }

    @Test
    void namesAreListedSorted() {
        assertEquals(
                List.of(
                        "max_norm",
                        "maxnorm",
                        "min_max_norm",
                        "non_neg",
                        "nonneg",
                        "unit_norm",
                        "unitnorm"),
                Constraints.names());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Constraints.get("max"));
        assertEquals(
                "constraint: unknown name 'max'; known: max_norm, maxnorm, min_max_norm, non_neg,"
                        + " nonneg, unit_norm, unitnorm",
                e.getMessage());
    }

    @Test
    void maxNormRejectsANegativeMaximum() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Constraints.maxNorm(-1, 0));
        assertEquals("maxValue must be a finite number >= 0. Received: -1.0", e.getMessage());
    }

    @Test
    void minMaxNormRejectsReversedBounds() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> Constraints.minMaxNorm(2, 1, 1, 0));
        assertEquals(
                "minValue must not exceed maxValue. Received: minValue=2.0, maxValue=1.0",
                e.getMessage());
    }

    @Test
    void minMaxNormRejectsARateAboveOne() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> Constraints.minMaxNorm(0, 1, 2, 0));
        assertEquals("rate must be in [0, 1]. Received: 2.0", e.getMessage());
    }

    @Test
    void normConstraintsNeedAnAxis() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Constraints.unitNorm());
        assertEquals(
                "axis must name at least one axis of the weight. Received: []", e.getMessage());
    }

    @Test
    void duplicateAxesAreRejectedForAWeight() {
        Constraint constraint = Constraints.maxNorm(2, 0, 0);
        assertThrows(IllegalArgumentException.class, () -> constraint.checkShape(new int[] {3, 4}));
    }
}

package org.jkeras.regularizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RegularizersRegistryTest {

    private static L1L2 factors(Regularizer regularizer) {
        return (L1L2) regularizer;
    }

    @Test
    void namesGiveKerasDefaultFactor() {
        assertEquals(0.01, factors(Regularizers.get("l1")).l1());
        assertEquals(0, factors(Regularizers.get("l1")).l2());
        assertEquals(0.01, factors(Regularizers.get("l2")).l2());
        assertEquals(0.01, factors(Regularizers.get("l1_l2")).l1());
        assertEquals(0.01, factors(Regularizers.get("l1_l2")).l2());
    }

    @Test
    void factoriesKeepTheirFactors() {
        L1L2 both = factors(Regularizers.l1l2(0.5, 0.25));
        assertEquals(0.5, both.l1());
        assertEquals(0.25, both.l2());
        assertEquals("l1_l2", both.name());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Regularizers.get("l3"));
        assertEquals("regularizer: unknown name 'l3'; known: l1, l1_l2, l2", e.getMessage());
    }

    @Test
    void negativeFactorIsRejected() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Regularizers.l2(-0.1));
        assertEquals("l2 must be a finite number >= 0. Received: -0.1", e.getMessage());
    }
}

package org.jkeras.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConformanceGapsTest {

    @Test
    void parsesIdsAndReasonsSkippingCommentsAndBlankLines() {
        ConformanceGaps gaps =
                ConformanceGaps.parse(
                        "gaps", "# header\n\n  binary.POW.values |  no pow on this chip \nx.y|z\n");
        assertEquals(
                Map.of("binary.POW.values", "no pow on this chip", "x.y", "z"), gaps.reasons());
    }

    @Test
    void aLineWithoutAReasonIsRejectedWithItsLineNumber() {
        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> ConformanceGaps.parse("gaps.txt", "a.b | ok\nc.d\n"));
        assertTrue(error.getMessage().startsWith("gaps.txt line 2"), error.getMessage());
        assertTrue(error.getMessage().endsWith("Received: c.d"), error.getMessage());
    }

    @Test
    void aRepeatedIdIsRejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ConformanceGaps.parse("gaps", "a.b | one\na.b | two\n"));
    }

    @Test
    void aMissingResourceDeclaresNoGaps() {
        ConformanceGaps gaps =
                ConformanceGaps.load(getClass().getClassLoader(), "no/such/gaps-file.txt");
        assertEquals(Map.of(), gaps.reasons());
        assertNull(gaps.reasonFor("binary.ADD.same-shape"));
    }

    @Test
    void loadsAResourceFromTheClassPath() {
        ConformanceGaps gaps = ConformanceGaps.load(getClass().getClassLoader(), "sample-gaps.txt");
        assertTrue(gaps.reasonFor("binary.POW.nan-inf-and-corners").contains("pow(NaN, 0)"));
    }
}

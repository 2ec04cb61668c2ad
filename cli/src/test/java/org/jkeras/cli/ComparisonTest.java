package org.jkeras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Spreads between backends' trajectories over epoch 0 (the initial weights) to 2, and the first
 * epoch past the tolerance.
 */
class ComparisonTest {

    private static final Trajectory REFERENCE =
            trajectory("a", List.of(0.50, 0.30, 0.20), List.of(0.80, 0.90, 0.95));
    private static final Trajectory CLOSE_THEN_APART =
            trajectory("b", List.of(0.5001, 0.32, 0.25), List.of(0.80, 0.90, 0.95));

    @Test
    void spreadIsTheHighestValueLessTheLowest() {
        Trajectory third = trajectory("c", List.of(0.49, 0.30, 0.20), List.of(0.8, 0.9, 0.95));
        Comparison comparison = new Comparison(List.of(REFERENCE, CLOSE_THEN_APART, third), 2);
        Divergence first = comparison.divergences().get(0);
        assertEquals("loss", first.metric());
        assertEquals(0.5001 - 0.49, first.spread(), 1e-12);
        assertEquals("c", first.low());
        assertEquals("b", first.high());
    }

    @Test
    void firstDivergenceIsTheEarliestEpochPastTheTolerance() {
        Comparison comparison = new Comparison(List.of(REFERENCE, CLOSE_THEN_APART), 2);
        Divergence first = comparison.firstBeyond(new Tolerances(1e-3, 1e-3)).orElseThrow();
        assertEquals(1, first.epoch());
        assertEquals("loss", first.metric());
        assertEquals(0.02, first.spread(), 1e-12);
    }

    @Test
    void largestDivergenceMayComeAfterTheFirst() {
        Comparison comparison = new Comparison(List.of(REFERENCE, CLOSE_THEN_APART), 2);
        Divergence largest = comparison.largest();
        assertEquals(2, largest.epoch());
        assertEquals(0.05, largest.spread(), 1e-12);
    }

    @Test
    void agreesWhenEverySpreadIsWithinTheTolerance() {
        Comparison comparison = new Comparison(List.of(REFERENCE, CLOSE_THEN_APART), 2);
        assertTrue(comparison.firstBeyond(new Tolerances(0.05, 0.05)).isEmpty());
    }

    @Test
    void nanOnOneBackendOnlyIsAnInfiniteSpread() {
        Trajectory nan =
                trajectory("n", List.of(0.50, Double.NaN, Double.NaN), List.of(0.8, 0.9, 0.95));
        Comparison comparison = new Comparison(List.of(REFERENCE, nan), 2);
        Divergence first = comparison.firstBeyond(new Tolerances(1e9, 1e9)).orElseThrow();
        assertEquals(1, first.epoch());
        assertEquals(Double.POSITIVE_INFINITY, first.spread());
    }

    @Test
    void printsEachBackendsValueSideBySide() {
        StringWriter text = new StringWriter();
        new Comparison(List.of(REFERENCE, CLOSE_THEN_APART), 2).print(new PrintWriter(text));
        List<String> lines = text.toString().lines().toList();
        assertEquals("EPOCH  METRIC  a         b         SPREAD", lines.get(0));
        assertEquals("0      loss    0.500000  0.500100  1.0e-04", lines.get(1));
        assertEquals("2      acc     0.950000  0.950000  0.0e+00", lines.get(6));
    }

    @Test
    void equalValuesNameTwoDifferentRuns() {
        Trajectory twin = new Trajectory("a#2", REFERENCE.values());
        Divergence none = new Comparison(List.of(REFERENCE, twin), 2).largest();
        assertEquals(0.0, none.spread());
        assertEquals("a", none.low());
        assertEquals("a#2", none.high());
    }

    @Test
    void epochZeroIsJudgedByTheInitialTolerance() {
        Comparison comparison = new Comparison(List.of(REFERENCE, CLOSE_THEN_APART), 2);

        Divergence first = comparison.firstBeyond(new Tolerances(5e-5, 1)).orElseThrow();

        assertEquals(0, first.epoch());
        assertTrue(comparison.firstBeyond(new Tolerances(2e-4, 1)).isEmpty());
    }

    @Test
    void validationAfterEpochZeroIsShownButNotJudged() {
        Trajectory reference = withValidation("a", List.of(0.5, 0.3), List.of(0.6, 0.40));
        Trajectory drifted = withValidation("b", List.of(0.5, 0.3), List.of(0.6, 0.45));
        Comparison comparison = new Comparison(List.of(reference, drifted), 1);

        assertTrue(comparison.firstBeyond(new Tolerances(1e-4, 1e-3)).isEmpty());
        assertEquals("val_loss", comparison.largest().metric());
        assertEquals(0.05, comparison.largest().spread(), 1e-12);
    }

    @Test
    void validationNanOnOneBackendAfterEpochZeroStillFails() {
        Trajectory reference = withValidation("a", List.of(0.5, 0.3), List.of(0.6, 0.4));
        Trajectory broken = withValidation("b", List.of(0.5, 0.3), List.of(0.6, Double.NaN));
        Comparison comparison = new Comparison(List.of(reference, broken), 1);

        Divergence first = comparison.firstBeyond(new Tolerances(1e-4, 1e-3)).orElseThrow();

        assertEquals(1, first.epoch());
        assertEquals("val_loss", first.metric());
    }

    @Test
    void validationAtEpochZeroIsJudged() {
        Trajectory reference = withValidation("a", List.of(0.5, 0.3), List.of(0.6, 0.4));
        Trajectory wrong = withValidation("b", List.of(0.5, 0.3), List.of(0.7, 0.4));
        Comparison comparison = new Comparison(List.of(reference, wrong), 1);

        Divergence first = comparison.firstBeyond(new Tolerances(1e-4, 1e-3)).orElseThrow();

        assertEquals(0, first.epoch());
        assertEquals("val_loss", first.metric());
    }

    @Test
    void needsTwoTrajectories() {
        assertThrows(IllegalArgumentException.class, () -> new Comparison(List.of(REFERENCE), 2));
    }

    private static Trajectory withValidation(
            String label, List<Double> loss, List<Double> validationLoss) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        values.put("loss", loss);
        values.put("val_loss", validationLoss);
        return new Trajectory(label, values);
    }

    private static Trajectory trajectory(String label, List<Double> loss, List<Double> acc) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        values.put("loss", loss);
        values.put("acc", acc);
        return new Trajectory(label, values);
    }
}

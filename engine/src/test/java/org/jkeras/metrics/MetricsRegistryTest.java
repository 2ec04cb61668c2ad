package org.jkeras.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricsRegistryTest {

    @Test
    void accuracyKeepsTheNameTheUserWrote() {
        assertEquals(
                "acc", Metrics.resolve("acc", "categorical_crossentropy", new int[] {3}).name());
        assertEquals(
                "accuracy",
                Metrics.resolve("accuracy", "categorical_crossentropy", new int[] {3}).name());
    }

    @Test
    void lossNameIsAcceptedAsMetric() {
        assertEquals("mse", Metrics.resolve("mse", "binary_crossentropy", new int[] {1}).name());
    }

    @Test
    void freshMetricHasNoResult() {
        assertTrue(Double.isNaN(Metrics.resolve("mae", "mse", new int[] {1}).result()));
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Metrics.resolve("acuracy", "mse", new int[] {1}));
        assertTrue(
                e.getMessage().startsWith("metric: unknown name 'acuracy'; known: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("accuracy, "), e.getMessage());
    }
}

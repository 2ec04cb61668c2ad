package org.jkeras.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossesRegistryTest {

    @Test
    void aliasIsReportedUnderTheNameGiven() {
        assertEquals("mse", Losses.get("mse").name());
        assertEquals("mean_squared_error", Losses.get("mean_squared_error").name());
    }

    @Test
    void namesCoverEveryKerasTwoLoss() {
        for (String name :
                new String[] {
                    "mean_squared_error",
                    "mean_absolute_error",
                    "mean_absolute_percentage_error",
                    "mean_squared_logarithmic_error",
                    "squared_hinge",
                    "hinge",
                    "categorical_hinge",
                    "logcosh",
                    "categorical_crossentropy",
                    "sparse_categorical_crossentropy",
                    "binary_crossentropy",
                    "kullback_leibler_divergence",
                    "poisson",
                    "cosine_proximity",
                    "mse",
                    "mae",
                    "mape",
                    "msle",
                    "kld"
                }) {
            assertTrue(Losses.names().contains(name), name);
        }
    }

    @Test
    void unknownNameSaysWhatIsKnown() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Losses.get("categorical_crossentropyy"));
        assertTrue(
                e.getMessage()
                        .startsWith(
                                "loss: unknown name 'categorical_crossentropyy'; known: "
                                        + "binary_crossentropy, categorical_crossentropy, "),
                e.getMessage());
        assertTrue(e.getMessage().contains("binary_crossentropy"), e.getMessage());
    }

    @Test
    void upperCaseAliasIsAcceptedThoughNotListed() {
        assertEquals("MSE", Losses.get("MSE").name());
        assertTrue(!Losses.names().contains("MSE"));
    }

    @Test
    void nullNameIsRejected() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Losses.get(null));
        assertTrue(e.getMessage().endsWith("Received: null"), e.getMessage());
    }
}

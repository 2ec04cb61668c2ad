package org.jkeras.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActivationsRegistryTest {

    @Test
    void nullMeansLinear() {
        assertEquals("linear", Activations.get(null).name());
    }

    @Test
    void knownNamesResolveToThemselves() {
        for (String name : new String[] {"linear", "relu", "sigmoid", "tanh", "softmax"}) {
            assertEquals(name, Activations.get(name).name());
        }
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Activations.get("rellu"));
        assertTrue(
                e.getMessage().startsWith("activation: unknown name 'rellu'; known: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("relu, "), e.getMessage());
    }
}

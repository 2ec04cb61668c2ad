package org.jkeras.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.jkeras.spi.BackendProvider;
import org.junit.jupiter.api.Test;

/** Checks the kit's architecture case on code whose dependencies are known. */
class ApiOnlyDependenciesTest {

    @Test
    void theReferenceBackendIsCaughtUsingTheKitsOwnClasses() {
        Set<String> violations = ApiOnlyDependencies.violations(ReferenceBackendProvider.class);

        assertTrue(
                violations.stream()
                        .anyMatch(
                                v ->
                                        v.startsWith(
                                                "org.jkeras.conformance.ReferenceBackend ->"
                                                        + " org.jkeras.conformance.Ref ")),
                () -> String.join("\n", violations));
    }

    @Test
    void theApiItselfKeepsTheRule() {
        // The api's classes share the api's location, so they can never offend.
        assertEquals(Set.of(), ApiOnlyDependencies.violations(BackendProvider.class));
    }
}

package org.jkeras.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.net.URL;
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
    void aBackendPackagedAsAJarIsReadFromTheJar() {
        // JUnit's own classes come from a jar on every build's test class path.
        URL jar = Test.class.getProtectionDomain().getCodeSource().getLocation();
        assertTrue(jar.getPath().endsWith(".jar"), jar.toString());

        JavaClasses classes = ApiOnlyDependencies.classesAt(jar);

        assertTrue(classes.contain(Test.class), "read " + classes.size() + " classes");
    }

    @Test
    void theApiItselfKeepsTheRule() {
        // The api's classes share the api's location, so they can never offend.
        assertEquals(Set.of(), ApiOnlyDependencies.violations(BackendProvider.class));
    }
}

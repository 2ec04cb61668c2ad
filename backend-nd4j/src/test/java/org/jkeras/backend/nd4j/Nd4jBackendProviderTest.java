package org.jkeras.backend.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import org.jkeras.backend.cpu.CpuJavaBackendProvider;
import org.jkeras.spi.Availability;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BackendInfo;
import org.jkeras.spi.Backends;
import org.junit.jupiter.api.Test;

class Nd4jBackendProviderTest {

    private final Nd4jBackendProvider provider = new Nd4jBackendProvider();

    @Test
    void isNamedNd4jAndRanksAboveThePureJavaBackend() {
        assertEquals("nd4j", provider.name());
        assertTrue(
                provider.rank() > new CpuJavaBackendProvider().rank(),
                "rank " + provider.rank() + " must beat cpu-java's");
    }

    @Test
    void isAvailableWhereTheNativesLoad() {
        assertEquals(Availability.ok(), provider.availability());
    }

    @Test
    void reportsItsDeviceAndThreads() {
        // The CPU natives by default; "cuda (JCublasBackend, ...)" where the README's CUDA
        // artifact replaces them.
        String device = provider.device();
        assertTrue(
                device.matches("(cpu \\(CpuBackend|cuda \\(JCublasBackend), \\d+ threads\\)"),
                device);
    }

    @Test
    void theCudaBackendClassIsReportedAsCuda() {
        assertEquals("cuda", Nd4jBackend.kindOf("JCublasBackend"));
        assertEquals("cpu", Nd4jBackend.kindOf("CpuBackend"));
    }

    @Test
    void versionNamesTheNd4jRelease() {
        assertTrue(provider.version().endsWith("(ND4J 1.0.0-M2.1)"), provider.version());
    }

    @Test
    void createsABackendOfTheSameName() {
        try (Backend backend = provider.create()) {
            assertEquals("nd4j", backend.name());
        }
    }

    @Test
    void isFoundByDiscoveryAsTheAvailableBackendOfHighestRank() {
        BackendInfo best =
                Backends.list().stream()
                        .filter(info -> info.availability().available())
                        .max(Comparator.comparingInt(BackendInfo::rank))
                        .orElseThrow();
        assertEquals("nd4j", best.name(), Backends.list().toString());
    }

    @Test
    void aFailedNativeLoadIsReportedAsUnavailableWithItsCause() {
        NativeProbe.Outcome outcome =
                NativeProbe.probe(
                        () -> {
                            throw new ExceptionInInitializerError(
                                    new UnsatisfiedLinkError("no jnind4jcpu in java.library.path"));
                        });
        assertFalse(outcome.availability().available());
        assertTrue(
                outcome.availability().reason().contains("no jnind4jcpu in java.library.path"),
                outcome.availability().reason());
        assertEquals("none (natives did not load)", outcome.device());
    }

    @Test
    void aMissingClassIsReportedAsUnavailable() {
        NativeProbe.Outcome outcome =
                NativeProbe.probe(
                        () -> {
                            throw new NoClassDefFoundError("org/nd4j/linalg/factory/Nd4j");
                        });
        assertFalse(outcome.availability().available());
        assertTrue(
                outcome.availability().reason().contains("org/nd4j/linalg/factory/Nd4j"),
                outcome.availability().reason());
    }
}

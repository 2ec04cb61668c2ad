package org.jkeras.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BackendProvider;
import org.junit.jupiter.api.Test;

class ProviderTest {

    private final CpuJavaBackendProvider provider = new CpuJavaBackendProvider();

    @Test
    void serviceLoaderFindsTheProvider() {
        boolean found =
                ServiceLoader.load(BackendProvider.class).stream()
                        .anyMatch(p -> p.type() == CpuJavaBackendProvider.class);

        assertTrue(found);
    }

    @Test
    void describesItselfAsCpuJavaWithRankTen() {
        assertEquals("cpu-java", provider.name());
        assertEquals(10, provider.rank());
        assertFalse(provider.version().isBlank());
    }

    @Test
    void isAlwaysAvailable() {
        assertTrue(provider.availability().available());
    }

    @Test
    void deviceNamesTheThreadCountAndVectorApiState() {
        String expected =
                "cpu (" + Runtime.getRuntime().availableProcessors() + " threads, vector API ";

        String device = provider.device();

        assertTrue(device.startsWith(expected), device);
        assertTrue(device.endsWith(" on)") || device.endsWith(" off)"), device);
    }

    @Test
    void createsABackendOfTheSameName() {
        try (Backend backend = provider.create()) {
            assertInstanceOf(CpuBackend.class, backend);
            assertEquals("cpu-java", backend.name());
        }
    }
}

package org.jkeras.backend.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BackendInfo;
import org.jkeras.spi.BackendProvider;
import org.jkeras.spi.Backends;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider: its name, discovery, device report, and a clear reason when natives are absent. */
class ProviderTest {

    private final DjlTfBackendProvider provider = new DjlTfBackendProvider();

    @Test
    void isFoundByServiceLoaderUnderItsName() {
        List<String> names = new ArrayList<>();
        ServiceLoader.load(BackendProvider.class).forEach(p -> names.add(p.name()));
        assertTrue(names.contains("djl-tf"), "providers found: " + names);
    }

    @Test
    void isAvailableWithTheNativeJarOnTheClassPath() {
        assertTrue(provider.availability().available(), provider.availability().reason());
    }

    @Test
    void reportsTheCpuAndTensorFlowVersionOnceCreated() {
        try (Backend backend = provider.create()) {
            assertEquals("djl-tf", backend.name());
            Assumptions.assumeFalse(TfRuntime.get().onGpu(), "TensorFlow found a GPU here");
            assertEquals("cpu (TensorFlow 2.10.1)", provider.device());
        }
    }

    @Test
    void versionNamesDjlAndTensorFlow() {
        assertTrue(
                provider.version().endsWith("(DJL 0.28.0, TensorFlow 2.10.1)"), provider.version());
    }

    @Test
    void ranksAboveThePureJavaBackend() {
        BackendInfo cpu =
                Backends.list().stream()
                        .filter(info -> info.name().equals("cpu-java"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(provider.rank() > cpu.rank());
    }

    @Test
    void withoutTheNativeJarIsUnavailableAndNamesTheArtifact() throws Exception {
        String reason = reasonWithout("tensorflow-native");
        assertTrue(
                reason.contains("ai.djl.tensorflow:tensorflow-native-cpu:2.10.1:linux-x86_64"),
                reason);
    }

    @Test
    void withoutDjlIsUnavailableAndSaysSo() throws Exception {
        String reason = reasonWithout("/ai/djl/");
        assertTrue(reason.contains("ai.djl.tensorflow:tensorflow-engine"), reason);
    }

    @Test
    void aLibraryThatFailsToLoadMakesCreateThrowAndAvailabilityGiveTheReason(@TempDir Path folder)
            throws Exception {
        Files.writeString(folder.resolve("libjnitensorflow.so"), "not a shared library");
        String override = System.setProperty(TfNatives.LIBRARY_PATH, folder.toString());
        try (URLClassLoader isolated = isolatedLoader("tensorflow-native")) {
            Class<?> type = isolated.loadClass(DjlTfBackendProvider.class.getName());
            Object other = type.getConstructor().newInstance();
            InvocationTargetException thrown =
                    assertThrows(
                            InvocationTargetException.class,
                            () -> type.getMethod("create").invoke(other));
            assertInstanceOf(IllegalStateException.class, thrown.getCause());
            Object availability = type.getMethod("availability").invoke(other);
            Class<?> record = availability.getClass();
            assertFalse((boolean) record.getMethod("available").invoke(availability));
            String reason = (String) record.getMethod("reason").invoke(availability);
            assertTrue(reason.startsWith("loading TensorFlow failed"), reason);
        } finally {
            restore(override);
        }
    }

    /**
     * Loads the provider in a class loader without the class-path entries containing {@code
     * excluded}, asserts that it reports itself unavailable, and returns its reason.
     */
    private static String reasonWithout(String excluded) throws Exception {
        // Loading TensorFlow in this JVM pointed the override at the extracted natives; hide it.
        String override = System.clearProperty(TfNatives.LIBRARY_PATH);
        try (URLClassLoader isolated = isolatedLoader(excluded)) {
            Class<?> type = isolated.loadClass(DjlTfBackendProvider.class.getName());
            Object other = type.getConstructor().newInstance();
            Object availability = type.getMethod("availability").invoke(other);
            Class<?> record = availability.getClass();
            assertFalse((boolean) record.getMethod("available").invoke(availability));
            return (String) record.getMethod("reason").invoke(availability);
        } finally {
            restore(override);
        }
    }

    /** A class loader over this test's class path less the entries containing {@code excluded}. */
    private static URLClassLoader isolatedLoader(String excluded) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains(excluded)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static void restore(String override) {
        if (override == null) {
            System.clearProperty(TfNatives.LIBRARY_PATH);
        } else {
            System.setProperty(TfNatives.LIBRARY_PATH, override);
        }
    }
}

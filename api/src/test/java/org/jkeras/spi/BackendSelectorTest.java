package org.jkeras.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackendSelectorTest {

    @TempDir Path home;

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();

    private BackendSelector selector(BackendProvider... providers) {
        return new BackendSelector(
                List.of(providers), properties::get, environment::get, home.resolve("jkeras.json"));
    }

    private void writeConfig(String json) throws IOException {
        Files.writeString(home.resolve("jkeras.json"), json);
    }

    @Test
    void highestRankWinsWhenNothingIsNamed() {
        BackendSelector selector =
                selector(FakeProvider.available("low", 1), FakeProvider.available("high", 50));

        assertEquals("high", selector.select(null).name());
    }

    @Test
    void equalRanksAreBrokenByNameNotClasspathOrder() {
        BackendProvider b = FakeProvider.available("b", 5);
        BackendProvider a = FakeProvider.available("a", 5);

        assertEquals("a", selector(b, a).select(null).name());
        assertEquals("a", selector(a, b).select(null).name());
    }

    @Test
    void unavailableProvidersAreSkippedByRank() {
        BackendProvider broken =
                new FakeProvider("native", 99, Availability.unavailable("libfoo.so not found"));

        assertEquals("cpu", selector(broken, FakeProvider.available("cpu", 1)).select(null).name());
    }

    @Test
    void explicitNameBeatsPropertyEnvironmentAndFile() throws IOException {
        properties.put("jkeras.backend", "b");
        environment.put("JKERAS_BACKEND", "c");
        writeConfig("{\"backend\": \"d\"}");
        BackendSelector selector =
                selector(
                        FakeProvider.available("a", 1),
                        FakeProvider.available("b", 1),
                        FakeProvider.available("c", 1),
                        FakeProvider.available("d", 1));

        assertEquals("a", selector.select("a").name());
    }

    @Test
    void systemPropertyBeatsEnvironmentAndFile() throws IOException {
        properties.put("jkeras.backend", "b");
        environment.put("JKERAS_BACKEND", "c");
        writeConfig("{\"backend\": \"d\"}");

        BackendSelector selector =
                selector(
                        FakeProvider.available("b", 1),
                        FakeProvider.available("c", 1),
                        FakeProvider.available("d", 1));

        assertEquals("b", selector.select(null).name());
    }

    @Test
    void environmentBeatsFile() throws IOException {
        environment.put("JKERAS_BACKEND", "c");
        writeConfig("{\"backend\": \"d\"}");

        BackendSelector selector =
                selector(FakeProvider.available("c", 1), FakeProvider.available("d", 9));

        assertEquals("c", selector.select(null).name());
    }

    @Test
    void fileBeatsRank() throws IOException {
        writeConfig("{\"backend\": \"d\", \"floatx\": \"float32\"}");

        BackendSelector selector =
                selector(FakeProvider.available("c", 9), FakeProvider.available("d", 1));

        assertEquals("d", selector.select(null).name());
    }

    @Test
    void unknownNameListsTheBackendsFoundAndTheRemedy() {
        BackendSelector selector = selector(FakeProvider.available("cpu-java", 10));

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> selector.select("nd4j"));

        assertEquals(
                "backend: unknown name 'nd4j' (requested in code). Found: cpu-java 1.0 [test,"
                        + " rank 10, available]. Pick one of those names, or add the backend's"
                        + " jar to the classpath.",
                e.getMessage());
    }

    @Test
    void unknownNameFromPropertySaysWhereItCameFrom() {
        properties.put("jkeras.backend", "tpu");
        BackendSelector selector = selector(FakeProvider.available("cpu-java", 10));

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> selector.select(null));

        assertTrue(e.getMessage().contains("'tpu' (system property jkeras.backend)"));
    }

    @Test
    void unavailableNamedBackendGivesItsReason() {
        BackendSelector selector =
                selector(
                        new FakeProvider("nd4j", 20, Availability.unavailable("no libnd4j")),
                        FakeProvider.available("cpu-java", 10));

        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> selector.select("nd4j"));

        assertEquals(
                "backend 'nd4j' (requested in code) is unavailable: no libnd4j. Found: nd4j 1.0"
                        + " [test, rank 20, unavailable: no libnd4j]; cpu-java 1.0 [test, rank"
                        + " 10, available]. Fix the reason given, or pick another backend.",
                e.getMessage());
    }

    @Test
    void twoProvidersWithOneNameAreRejected() {
        BackendSelector selector =
                selector(FakeProvider.available("twin", 1), new OtherFakeProvider("twin"));

        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> selector.select(null));

        assertTrue(
                e.getMessage()
                        .startsWith(
                                "two backends are named 'twin': org.jkeras.spi.FakeProvider,"
                                        + " org.jkeras.spi.OtherFakeProvider. Found: "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("Remove one of their jars from the classpath."));
    }

    @Test
    void noProviderAtAllSaysWhichJarToAdd() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> selector().select(null));

        assertEquals(
                "no jkeras backend found on the classpath. Add a backend jar, such as"
                        + " org.jkeras:jkeras-backend-cpu-java, to the classpath.",
                e.getMessage());
    }

    @Test
    void noAvailableProviderListsTheReasons() {
        BackendSelector selector =
                selector(new FakeProvider("gpu", 5, Availability.unavailable("no CUDA driver")));

        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> selector.select(null));

        assertEquals(
                "no available jkeras backend. Found: gpu 1.0 [test, rank 5, unavailable: no CUDA"
                        + " driver]. Fix the reason given, or add another backend jar to the"
                        + " classpath.",
                e.getMessage());
    }

    @Test
    void floatxOtherThanFloat32IsRejected() throws IOException {
        writeConfig("{\"backend\": \"cpu\", \"floatx\": \"float64\"}");
        BackendSelector selector = selector(FakeProvider.available("cpu", 1));

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> selector.select(null));

        assertTrue(e.getMessage().contains("must be float32"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Received: float64"), e.getMessage());
    }

    @Test
    void malformedConfigNamesTheFile() throws IOException {
        writeConfig("{\"backend\": ");
        BackendSelector selector = selector(FakeProvider.available("cpu", 1));

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> selector.select(null));

        assertTrue(e.getMessage().contains("jkeras.json is not a valid jkeras.json"));
    }

    @Test
    void missingConfigFileIsIgnored() {
        assertEquals("cpu", selector(FakeProvider.available("cpu", 1)).select(null).name());
    }

    @Test
    void unavailableBackendMustSayWhy() {
        assertThrows(IllegalArgumentException.class, () -> Availability.unavailable(" "));
    }
}

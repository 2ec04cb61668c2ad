package org.jkeras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jkeras backends}: one row per backend, highest rank first. */
class BackendsCommandTest {

    @Test
    void listsEveryBackendWithVersionDeviceRankAndAvailability() {
        Cli cli = Cli.run("backends");

        assertEquals(0, cli.exitCode(), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals(
                List.of("NAME", "VERSION", "DEVICE", "RANK", "AVAILABLE"), cells(lines.get(0)));
        List<String> cpu = cells(lines.get(1));
        assertEquals("cpu-java", cpu.get(0));
        assertEquals(List.of("10", "yes"), cpu.subList(cpu.size() - 2, cpu.size()));
        assertEquals(
                List.of(
                        "perturbed-cpu-java",
                        "test",
                        "cpu,",
                        "dense",
                        "scaled",
                        "by",
                        "1.05",
                        "0",
                        "yes"),
                cells(lines.get(2)));
        assertEquals(PerturbedUpdateBackendProvider.NAME, cells(lines.get(3)).get(0));
        assertEquals(5, lines.size());
    }

    @Test
    void failsSayingHowToAddABackendWhenNoneIsFound() {
        Cli cli = Cli.runWithNoBackend("backends");

        assertEquals(Main.FAILED, cli.exitCode());
        assertEquals("", cli.out());
        assertEquals(
                List.of(
                        "jkeras backends: no backend found on the classpath. Add a backend's jars"
                                + " with --classpath or JKERAS_CLASSPATH."),
                cli.err().lines().toList());
    }

    @Test
    void saysWhyAnUnavailableBackendCannotRun() {
        String last = Cli.run("backends").out().lines().reduce((a, b) -> b).orElseThrow();
        assertEquals(
                List.of("unavailable-test", "0.0", "gpu", "-1", "no:"), cells(last).subList(0, 5));
        assertTrue(last.endsWith("  -1    no: " + UnavailableBackendProvider.REASON), last);
    }

    @Test
    void findsABackendAddedWithTheClasspathOption(@TempDir Path vendor) throws IOException {
        Path services = vendor.resolve("META-INF/services/org.jkeras.spi.BackendProvider");
        Files.createDirectories(services.getParent());
        Files.writeString(services, ExtraBackendProvider.class.getName() + "\n");

        Cli cli = Cli.run("backends", "--classpath", vendor.toString());

        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("\nextra-test "), cli.out());
        assertTrue(Cli.run("backends").out().lines().noneMatch(l -> l.startsWith("extra-test")));
    }

    private static List<String> cells(String line) {
        return List.of(line.trim().split(" +"));
    }
}

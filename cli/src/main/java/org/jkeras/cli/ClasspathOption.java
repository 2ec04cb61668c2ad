package org.jkeras.cli;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --classpath} option: jars and folders to find more backends in, so a vendor's backend
 * runs without rebuilding jkeras. Backend discovery uses the thread's context class loader, so
 * installing a loader over these entries is all it takes.
 */
final class ClasspathOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = "--classpath",
            paramLabel = "PATHS",
            split = "${sys:path.separator}",
            description =
                    "Jars or folders holding more backends, separated by '${sys:path.separator}'."
                            + " A folder adds its classes and every jar in it.")
    List<Path> entries = List.of();

    /**
     * Makes the entries visible to backend discovery on this thread.
     *
     * @throws ParameterException if an entry does not exist, a folder cannot be listed, or a file
     *     is not a readable jar
     */
    void install() {
        if (entries.isEmpty()) {
            return;
        }
        List<URL> urls = new ArrayList<>();
        for (Path entry : entries) {
            if (!Files.exists(entry)) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--classpath entries must be existing jars or folders. Received: "
                                + entry
                                + " (no such file)");
            }
            urls.add(url(entry));
            if (!Files.isDirectory(entry)) {
                requireJar(entry);
                continue;
            }
            for (Path jar : jarsIn(entry)) {
                requireJar(jar);
                urls.add(url(jar));
            }
        }
        ClassLoader parent = Thread.currentThread().getContextClassLoader();
        Thread.currentThread()
                .setContextClassLoader(new URLClassLoader(urls.toArray(URL[]::new), parent));
    }

    private List<Path> jarsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw unreadable(folder, "cannot list the folder", e);
        }
    }

    /** Opens {@code file} as a jar, which the class loader would otherwise skip without a word. */
    private void requireJar(Path file) {
        try (JarFile jar = new JarFile(file.toFile())) {
            jar.getManifest();
        } catch (IOException e) {
            throw unreadable(file, "cannot read it as a jar", e);
        }
    }

    private ParameterException unreadable(Path entry, String reason, IOException cause) {
        return new ParameterException(
                spec.commandLine(),
                "--classpath entries must be readable jars or folders. Received: "
                        + entry
                        + " ("
                        + reason
                        + ")",
                cause);
    }

    private static URL url(Path path) {
        try {
            return path.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("cannot make a URL of " + path, e);
        }
    }
}

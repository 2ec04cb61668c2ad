package org.jkeras.backend.djl;

import ai.djl.tensorflow.engine.javacpp.LibUtils;
import ai.djl.util.Utils;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.jkeras.spi.Availability;
import org.tensorflow.TensorFlow;

/**
 * Finds TensorFlow's native libraries for DJL with no network access: the one place the loading
 * trick lives.
 *
 * <p>Why a trick is needed: the {@code ai.djl.tensorflow:tensorflow-native-cpu:2.10.1} jar on Maven
 * Central holds a CUDA 11.3 build whose {@code native/lib/tensorflow.properties} says {@code
 * cu113-linux-x86_64}. On a machine without CUDA, DJL 0.28 therefore ignores the jar and tries to
 * download a CPU build from its own site, which fails offline or behind a firewall. The library
 * itself runs on a CPU (TensorFlow logs that it found no CUDA and carries on). So this class
 * extracts the jar's libraries itself, once, into DJL's engine cache folder, and points DJL at them
 * through {@code TENSORFLOW_LIBRARY_PATH}, the override DJL documents. A path the user sets in that
 * variable or system property wins and nothing is extracted.
 *
 * <p>{@link #availability()} only looks for the classes and resources, so discovery stays cheap;
 * {@link #load()} does the work once per process and remembers a failure, which {@link
 * #availability()} then reports.
 */
final class TfNatives {

    /** DJL's override: an environment variable or system property naming the library folder. */
    static final String LIBRARY_PATH = "TENSORFLOW_LIBRARY_PATH";

    private static final String PROPERTIES = "native/lib/tensorflow.properties";
    private static final String JNI_LIBRARY = "libjnitensorflow.so";
    private static final String COORDINATES =
            "ai.djl.tensorflow:tensorflow-native-cpu:2.10.1:linux-x86_64";
    private static final System.Logger LOG = System.getLogger(TfNatives.class.getName());

    private static Loaded loaded;
    private static String failure;

    private TfNatives() {}

    /**
     * What loading found: the library folder, whether this process extracted it, and how long that
     * took.
     *
     * @param directory the folder holding {@value #JNI_LIBRARY}
     * @param extractedNanos the time this process spent extracting, 0 when it found them
     * @param tensorFlowVersion the version the loaded library reports
     */
    record Loaded(Path directory, long extractedNanos, String tensorFlowVersion) {}

    /** Returns whether TensorFlow can be loaded here, without loading it. Never throws. */
    static synchronized Availability availability() {
        if (failure != null) {
            return Availability.unavailable(failure);
        }
        if (loaded != null) {
            return Availability.ok();
        }
        try {
            String problem = findProblem();
            return problem == null ? Availability.ok() : Availability.unavailable(problem);
        } catch (Throwable e) {
            return Availability.unavailable("probing for TensorFlow failed: " + e);
        }
    }

    /**
     * Extracts the natives if needed and loads them, once per process.
     *
     * @throws IllegalStateException with the reason when TensorFlow cannot be loaded
     */
    static synchronized Loaded load() {
        if (loaded != null) {
            return loaded;
        }
        if (failure != null) {
            throw new IllegalStateException("backend djl-tf is unavailable: " + failure);
        }
        String problem = availability().reason();
        if (!problem.isEmpty()) {
            failure = problem;
            throw new IllegalStateException("backend djl-tf is unavailable: " + failure);
        }
        try {
            Path directory = override();
            long extractedNanos = 0;
            if (directory == null) {
                long start = System.nanoTime();
                boolean fresh = extractFromClassPath();
                extractedNanos = fresh ? System.nanoTime() - start : 0;
                directory = cacheFolder();
                if (fresh) {
                    LOG.log(
                            Level.INFO,
                            "Extracted the TensorFlow natives to {0} in {1} ms, once for this"
                                    + " cache folder",
                            directory,
                            extractedNanos / 1_000_000);
                }
                System.setProperty(LIBRARY_PATH, directory.toString());
            }
            LibUtils.loadLibrary();
            String version = TensorFlow.version();
            loaded = new Loaded(directory, extractedNanos, version);
            LOG.log(Level.DEBUG, "TensorFlow {0} loaded from {1}", version, directory);
            return loaded;
        } catch (Throwable e) {
            // Whatever the native loader throws (UnsatisfiedLinkError included) becomes a reason.
            failure = "loading TensorFlow failed: " + e;
            throw new IllegalStateException("backend djl-tf is unavailable: " + failure, e);
        }
    }

    /**
     * Describes the libraries found, such as {@code DJL 0.28.0, TensorFlow 2.10.1}. Never throws.
     */
    static String describeLibraries() {
        try {
            Class<?> engine =
                    Class.forName(
                            "ai.djl.tensorflow.engine.TfEngine",
                            false,
                            TfNatives.class.getClassLoader());
            String djl = engine.getPackage().getSpecificationVersion();
            String tensorFlow =
                    TfNatives.class.getClassLoader().getResource(PROPERTIES) == null
                            ? "natives not on the class path"
                            : nativeProperties().getProperty("version", "").split("-")[0];
            return "DJL " + djl + ", TensorFlow " + tensorFlow;
        } catch (Throwable e) {
            return "DJL not found";
        }
    }

    /** Returns why TensorFlow cannot load here, or null when it should. */
    private static String findProblem() throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        boolean override = override() != null;
        boolean linux64 = os.startsWith("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
        if (!override && !linux64) {
            return "the TensorFlow natives on Maven Central are built for linux-x86_64 only;"
                    + " set "
                    + LIBRARY_PATH
                    + " to a TensorFlow 2.10.1 build for this machine. Received: "
                    + os
                    + " "
                    + arch;
        }
        if (!classPresent("org.tensorflow.internal.c_api.global.tensorflow")
                || !classPresent("ai.djl.tensorflow.engine.javacpp.LibUtils")) {
            return "DJL's TensorFlow engine (ai.djl.tensorflow:tensorflow-engine) is not on the"
                    + " class path";
        }
        if (override) {
            return null;
        }
        ClassLoader loader = TfNatives.class.getClassLoader();
        if (loader.getResource(PROPERTIES) == null
                || loader.getResource("native/lib/" + JNI_LIBRARY) == null) {
            return "no TensorFlow native library: add "
                    + COORDINATES
                    + " to the class path, or set "
                    + LIBRARY_PATH
                    + " to a folder holding "
                    + JNI_LIBRARY;
        }
        return null;
    }

    /** Returns the folder the user named through {@value #LIBRARY_PATH}, or null. */
    private static Path override() {
        String value = System.getProperty(LIBRARY_PATH);
        if (value == null || value.isBlank()) {
            value = System.getenv(LIBRARY_PATH);
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        Path path = Path.of(value);
        return Files.isRegularFile(path.resolve(JNI_LIBRARY)) ? path : null;
    }

    /**
     * Copies the libraries the jar lists into DJL's engine cache, under the folder name DJL itself
     * would use, so that DJL and jkeras share one copy. A folder already there is reused; a new one
     * is written beside it and renamed into place, so a crash never leaves half a library.
     */
    private static boolean extractFromClassPath() throws IOException {
        Path directory = cacheFolder();
        if (Files.isRegularFile(directory.resolve(JNI_LIBRARY))) {
            return false;
        }
        ClassLoader loader = TfNatives.class.getClassLoader();
        Path cache = directory.getParent();
        Files.createDirectories(cache);
        Path partial = Files.createTempDirectory(cache, "jkeras-extracting-");
        try {
            for (String library : nativeProperties().getProperty("libraries").split(",")) {
                String name = library.strip();
                try (InputStream in = loader.getResourceAsStream("native/lib/" + name)) {
                    if (in == null) {
                        throw new IOException("the native jar lists " + name + " but lacks it");
                    }
                    Files.copy(in, partial.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.move(partial, directory, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Another process finished first; its copy is as good as ours.
        } finally {
            deleteTree(partial);
        }
        return true;
    }

    /** Returns the cache folder for the jar's build, named as DJL names it. */
    private static Path cacheFolder() throws IOException {
        Properties properties = nativeProperties();
        String folder =
                properties.getProperty("version") + "-" + properties.getProperty("classifier");
        return Utils.getEngineCacheDir("tensorflow").resolve(folder);
    }

    private static Properties nativeProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TfNatives.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
            properties.load(in);
        }
        return properties;
    }

    private static boolean classPresent(String name) {
        try {
            Class.forName(name, false, TfNatives.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

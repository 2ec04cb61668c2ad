package org.jkeras.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The canonical MNIST files on a mirror: where to fetch them, and the SHA-256 each must have. The
 * digests are those of the gzipped files yann.lecun.com published, which every mirror serves byte
 * for byte.
 */
final class MnistMirror {

    /** The system property that names a mirror. */
    static final String PROPERTY = "jkeras.mnist.mirror";

    /** The environment variable that names a mirror, read when the property is not set. */
    static final String VARIABLE = "JKERAS_MNIST_MIRROR";

    /** TensorFlow's copy of the canonical files, the one its MNIST tutorials download. */
    static final URI DEFAULT = URI.create("https://storage.googleapis.com/cvdf-datasets/mnist/");

    static final Map<String, String> CANONICAL_SHA256 =
            Map.of(
                    Mnist.TRAIN_IMAGES,
                    "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
                    Mnist.TRAIN_LABELS,
                    "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
                    Mnist.TEST_IMAGES,
                    "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
                    Mnist.TEST_LABELS,
                    "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6");

    private final URI base;
    private final Map<String, String> digests;

    MnistMirror(URI base, Map<String, String> digests) {
        String text = base.toString();
        this.base = text.endsWith("/") ? base : URI.create(text + "/");
        this.digests = digests;
    }

    /** Returns the mirror the system property, else the environment variable, else the default. */
    static URI configured(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String property = properties.apply(PROPERTY);
        if (property != null && !property.isBlank()) {
            return URI.create(property.strip());
        }
        String variable = environment.apply(VARIABLE);
        return variable == null || variable.isBlank() ? DEFAULT : URI.create(variable.strip());
    }

    /**
     * Makes {@code folder} hold the four files with their canonical digests, downloading each that
     * is missing or differs (a damaged cache heals on the next call).
     */
    void fill(Path folder, Downloader downloader) {
        for (String name : Mnist.FILES) {
            Path target = folder.resolve(name);
            String expected = digests.get(name);
            if (!matches(target, expected)) {
                downloader.fetch(base.resolve(name), target, expected);
            }
        }
    }

    private static boolean matches(Path file, String sha256) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return Sha256Sums.sha256(Files.readAllBytes(file)).equals(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

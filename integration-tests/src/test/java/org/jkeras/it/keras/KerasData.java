package org.jkeras.it.keras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * The HDF5 and JSON files Keras wrote, kept outside the repository in {@code
 * ../shared/data/keras-h5}. A test asks for a file by its path inside that folder; the file is
 * checked against the folder's {@code SHA256SUMS} before it is handed out, so a changed file fails
 * the test instead of silently moving the reference numbers. Without the folder the tests are
 * skipped, not failed: it is not part of the repository.
 */
final class KerasData {

    static final String FOLDER = "shared/data/keras-h5";

    private static final Set<String> VERIFIED = ConcurrentHashMap.newKeySet();
    private static Map<String, String> sums;

    private KerasData() {}

    /**
     * Returns the file at {@code relative} inside the data folder after checking its SHA256.
     *
     * <p>Skips the calling test (a JUnit assumption) when the folder is absent.
     */
    static Path file(String relative) {
        Optional<Path> root = root();
        Assumptions.assumeTrue(
                root.isPresent(),
                () ->
                        "Keras reference data not found: no "
                                + FOLDER
                                + " in "
                                + Path.of("").toAbsolutePath()
                                + " or any folder above it; the real-Keras-numbers tests are"
                                + " skipped");
        Path path = root.get().resolve(relative);
        if (!VERIFIED.contains(relative)) {
            String expected = checksums(root.get()).get(relative);
            assertNotNull(expected, () -> relative + " is not listed in SHA256SUMS");
            assertEquals(
                    expected, sha256(path), () -> relative + ": SHA256 differs from SHA256SUMS");
            VERIFIED.add(relative);
        }
        return path;
    }

    /** Looks for the folder in the working directory and each folder above it. */
    static Optional<Path> root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FOLDER);
            if (Files.isRegularFile(candidate.resolve("SHA256SUMS"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static synchronized Map<String, String> checksums(Path root) {
        if (sums == null) {
            Map<String, String> read = new HashMap<>();
            for (String line : readLines(root.resolve("SHA256SUMS"))) {
                // sha256sum's format: the hex digest, two separator characters, the path.
                if (line.length() > 66) {
                    read.put(line.substring(66).trim(), line.substring(0, 64));
                }
            }
            sums = read;
        }
        return sums;
    }

    private static List<String> readLines(Path path) {
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}

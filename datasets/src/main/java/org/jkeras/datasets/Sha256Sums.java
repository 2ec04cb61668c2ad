package org.jkeras.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checksums of a folder's {@code SHA256SUMS} file, in the format {@code sha256sum} writes: one
 * line per file, 64 hex digits, a space, a space or {@code *}, the file name. A folder without the
 * file has no checksums, and every file in it passes.
 */
final class Sha256Sums {

    static final String FILE_NAME = "SHA256SUMS";

    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](.+)");

    private final Path source;
    private final Map<String, String> digests;

    private Sha256Sums(Path source, Map<String, String> digests) {
        this.source = source;
        this.digests = digests;
    }

    /**
     * Reads the {@code SHA256SUMS} of {@code folder}, if it has one.
     *
     * @throws IllegalArgumentException if a line is not in {@code sha256sum}'s format
     */
    static Sha256Sums in(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new Sha256Sums(null, Map.of());
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String> digests = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalArgumentException(
                        file
                                + " line "
                                + (i + 1)
                                + " must be 64 hex digits, two spaces and a file name. Received: "
                                + line);
            }
            digests.put(matcher.group(2), matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return new Sha256Sums(file, digests);
    }

    /**
     * Checks {@code content}, the bytes of {@code file}, against the checksum listed for its name;
     * a file not listed passes.
     *
     * @throws IllegalArgumentException if the checksums differ
     */
    void verify(Path file, byte[] content) {
        String expected = digests.get(file.getFileName().toString());
        if (expected == null) {
            return;
        }
        String actual = sha256(content);
        if (!actual.equals(expected)) {
            throw new IllegalArgumentException(
                    file
                            + " does not match its checksum in "
                            + source
                            + " (the file is damaged or not the one listed; fetch it again):"
                            + " expected SHA-256 "
                            + expected
                            + ". Received: "
                            + actual);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}

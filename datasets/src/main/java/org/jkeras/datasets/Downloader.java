package org.jkeras.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Fetches one file over HTTP into a folder, atomically: the bytes go to a temporary {@code .part}
 * file beside the target, are checked against their SHA-256, and only then is the file moved to its
 * name in one step. A crash or a broken transfer leaves at most a {@code .part} file, which nothing
 * reads as data.
 */
final class Downloader {

    private static final System.Logger LOG = System.getLogger(Downloader.class.getName());
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

    private final HttpClient client;

    Downloader() {
        this.client =
                HttpClient.newBuilder()
                        .connectTimeout(CONNECT_TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
    }

    /**
     * Downloads {@code url} to {@code target}, which must not yet hold a verified file.
     *
     * @throws DownloadException if the server answers other than 200, the transfer fails, or the
     *     content's SHA-256 differs from {@code sha256}
     */
    void fetch(URI url, Path target, String sha256) {
        Path part = createPart(target);
        try {
            String actual = transfer(url, part);
            if (!actual.equals(sha256)) {
                throw new DownloadException(
                        url
                                + " must have the SHA-256 of the canonical "
                                + target.getFileName()
                                + " (the mirror serves a damaged or different file; try another"
                                + " mirror): expected "
                                + sha256
                                + ". Received: "
                                + actual);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + part + " to " + target, e);
        } finally {
            deleteQuietly(part);
        }
    }

    private String transfer(URI url, Path part) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new DownloadException(
                    "cannot reach " + url + " (check the network or the mirror). Received: " + e,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownloadException("download of " + url + " interrupted", e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new DownloadException(
                        url
                                + " must answer HTTP 200 with the file. Received: HTTP "
                                + response.statusCode());
            }
            MessageDigest digest = sha256();
            try (DigestInputStream in = new DigestInputStream(body, digest);
                    OutputStream out = Files.newOutputStream(part)) {
                in.transferTo(out);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new DownloadException(
                    "transfer of " + url + " broke off before the end. Received: " + e, e);
        }
    }

    private static Path createPart(Path target) {
        try {
            Files.createDirectories(target.getParent());
            return Files.createTempFile(
                    target.getParent(), "." + target.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + target.getParent(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // A stray .part file is harmless: nothing reads it, and the next download writes anew.
            LOG.log(System.Logger.Level.DEBUG, "cannot delete " + part, e);
        }
    }
}

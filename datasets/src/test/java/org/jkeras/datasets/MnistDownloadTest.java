package org.jkeras.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Mnist#loadData} against a mirror served on the loopback address. */
class MnistDownloadTest {

    @TempDir Path served;
    @TempDir Path cache;

    private final Map<String, byte[]> files = new HashMap<>();
    private final Map<String, String> digests = new HashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private Behaviour behaviour = Behaviour.SERVE;

    private enum Behaviour {
        SERVE,
        CUT_OFF,
        FAIL
    }

    @BeforeEach
    void startMirror() throws IOException {
        IdxFixtures.writeFolder(served);
        for (String name : Mnist.FILES) {
            byte[] content = IdxFixtures.read(served.resolve(name));
            files.put(name, content);
            digests.put(name, Sha256Sums.sha256(content));
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/mnist/", this::answer);
        server.start();
    }

    @AfterEach
    void stopMirror() {
        server.stop(0);
    }

    @Test
    void downloadsTheFourFilesIntoTheCacheAndLoadsThem() {
        Mnist mnist = load();

        assertArrayEquals(IdxFixtures.TRAIN_DIGITS, mnist.trainLabels().toIntArray());
        assertArrayEquals(new int[] {2, 4}, mnist.testImages().shape());
        for (String name : Mnist.FILES) {
            assertArrayEquals(files.get(name), IdxFixtures.read(mnistFolder().resolve(name)));
        }
        assertEquals(List.copyOf(Mnist.FILES.stream().sorted().toList()), cachedNames());
    }

    @Test
    void readsACompleteCacheWithoutAskingTheMirror() {
        load();
        requests.set(0);

        Mnist again = load();

        assertEquals(0, requests.get());
        assertArrayEquals(IdxFixtures.TEST_DIGITS, again.testLabels().toIntArray());
    }

    @Test
    void fetchesAgainACachedFileThatNoLongerMatchesItsDigest() {
        load();
        IdxFixtures.write(mnistFolder().resolve(Mnist.TEST_LABELS), new byte[] {1, 2, 3});
        requests.set(0);

        Mnist healed = load();

        assertEquals(1, requests.get());
        assertArrayEquals(IdxFixtures.TEST_DIGITS, healed.testLabels().toIntArray());
    }

    @Test
    void rejectsAFileWhoseChecksumDiffersAndKeepsNothingOfIt() {
        String wrong = "0".repeat(64);
        digests.put(Mnist.TRAIN_LABELS, wrong);

        DownloadException error = assertThrows(DownloadException.class, this::load);

        String message = error.getMessage();
        assertTrue(message.startsWith(mirror() + Mnist.TRAIN_LABELS), message);
        assertTrue(message.contains("expected " + wrong), message);
        assertTrue(message.endsWith("Received: " + digests(Mnist.TRAIN_LABELS)), message);
        assertEquals(List.of(Mnist.TRAIN_IMAGES), cachedNames());
    }

    @Test
    void interruptedTransferLeavesNoFileThatPassesAsComplete() {
        behaviour = Behaviour.CUT_OFF;

        DownloadException error = assertThrows(DownloadException.class, this::load);

        assertTrue(error.getMessage().startsWith("transfer of " + mirror()), error.getMessage());
        assertTrue(error.getMessage().contains("broke off before the end"), error.getMessage());
        assertEquals(List.of(), cachedNames());
    }

    @Test
    void serverErrorFailsNamingTheStatusAndKeepsNothing() {
        behaviour = Behaviour.FAIL;

        DownloadException error = assertThrows(DownloadException.class, this::load);

        assertEquals(
                mirror()
                        + Mnist.TRAIN_IMAGES
                        + " must answer HTTP 200 with the file. Received: HTTP 503",
                error.getMessage());
        assertEquals(List.of(), cachedNames());
    }

    @Test
    void acceptsAMirrorWithoutATrailingSlash() {
        String base = mirror().toString();
        MnistMirror mirror =
                new MnistMirror(URI.create(base.substring(0, base.length() - 1)), digests);

        Mnist mnist = Mnist.loadData(mirror, cache, new Downloader());

        assertArrayEquals(IdxFixtures.TEST_DIGITS, mnist.testLabels().toIntArray());
    }

    private Mnist load() {
        return Mnist.loadData(new MnistMirror(mirror(), digests), cache, new Downloader());
    }

    private String digests(String name) {
        return Sha256Sums.sha256(files.get(name));
    }

    private URI mirror() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mnist/");
    }

    private Path mnistFolder() {
        return cache.resolve("mnist");
    }

    /** Every file left in the cache folder, .part files included, sorted by name. */
    private List<String> cachedNames() {
        if (!Files.isDirectory(mnistFolder())) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(mnistFolder())) {
            return listing.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String name = exchange.getRequestURI().getPath().substring("/mnist/".length());
        byte[] content = files.get(name);
        try (exchange) {
            if (content == null || behaviour == Behaviour.FAIL) {
                exchange.sendResponseHeaders(content == null ? 404 : 503, -1);
                return;
            }
            if (behaviour == Behaviour.CUT_OFF) {
                // Promise the whole file and send half: closing the short body drops the
                // connection.
                exchange.sendResponseHeaders(200, content.length);
                OutputStream body = exchange.getResponseBody();
                body.write(content, 0, content.length / 2);
                body.flush();
                return;
            }
            exchange.sendResponseHeaders(200, content.length);
            exchange.getResponseBody().write(content);
        }
    }
}

package org.jkeras.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The MNIST test set carried in this jar (the two {@code t10k} files), and its split into a
 * training and a test part, so an example trains with no network and no download.
 */
final class EmbeddedMnist {

    private static final int TRAIN_SIZE = Mnist.EMBEDDED_TRAIN_SIZE;
    private static final int TEST_SIZE = Mnist.EMBEDDED_TEST_SIZE;

    private static final String FOLDER = "mnist/";

    /** The digests of the copies in the jar, re-compressed from the canonical files. */
    private static final Map<String, String> SHA256 =
            Map.of(
                    Mnist.TEST_IMAGES,
                    "1a1a05eab793c14bb050b398624a11b0ffd1a2953baed553b1b9bd079e2a20be",
                    Mnist.TEST_LABELS,
                    "b91679a0acfe4ba0e50a2437a903084cba1f5f92592b016a25a7dfd00455798b");

    private EmbeddedMnist() {}

    /** Reads and checks the embedded file {@code name}, an IDX file of {@code rank} dimensions. */
    static IdxData read(String name, int rank) {
        byte[] compressed;
        try (InputStream in = EmbeddedMnist.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "the jkeras-datasets jar must carry "
                                + FOLDER
                                + name
                                + ". Received: a jar"
                                + " without it (rebuild the datasets module)");
            }
            compressed = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded " + name, e);
        }
        String actual = Sha256Sums.sha256(compressed);
        if (!actual.equals(SHA256.get(name))) {
            throw new IllegalStateException(
                    "the embedded "
                            + name
                            + " must have SHA-256 "
                            + SHA256.get(name)
                            + " (the jar is damaged; rebuild it). Received: "
                            + actual);
        }
        IdxData data = IdxReader.parse(Path.of(FOLDER + name), compressed, rank);
        if (data.count() != TRAIN_SIZE + TEST_SIZE) {
            throw new IllegalStateException(
                    "the embedded "
                            + name
                            + " must hold "
                            + (TRAIN_SIZE + TEST_SIZE)
                            + " items. Received: "
                            + data.count());
        }
        return data;
    }

    /** Returns the first {@link #TRAIN_SIZE} items of {@code data}. */
    static IdxData head(IdxData data) {
        return rows(data, 0, TRAIN_SIZE);
    }

    /** Returns the last {@link #TEST_SIZE} items of {@code data}. */
    static IdxData tail(IdxData data) {
        return rows(data, TRAIN_SIZE, TEST_SIZE);
    }

    private static IdxData rows(IdxData data, int first, int count) {
        int size = data.itemSize();
        int[] dims = data.dims().clone();
        dims[0] = count;
        byte[] bytes = Arrays.copyOfRange(data.data(), first * size, (first + count) * size);
        return new IdxData(dims, bytes);
    }
}

package org.jkeras.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading MNIST from a folder of small IDX files the tests write, well-formed or damaged. */
class MnistTest {

    @TempDir Path folder;

    @BeforeEach
    void writeGoodFolder() {
        IdxFixtures.writeFolder(folder);
    }

    @Test
    void loadsImagesAsRowsOfPixelsScaledByOneOver255() {
        NDArray images = Mnist.load(folder).trainImages();
        assertEquals(DType.FLOAT32, images.dtype());
        assertArrayEquals(new int[] {3, 4}, images.shape());
        float[] expected = new float[12];
        for (int i = 0; i < 12; i++) {
            expected[i] = IdxFixtures.TRAIN_PIXELS[i / 4][i % 4] / 255f;
        }
        assertArrayEquals(expected, images.toFloatArray());
        assertEquals(1f, images.toFloatArray()[1]);
        assertEquals(0.2f, images.toFloatArray()[2]);
    }

    @Test
    void loadsImagesAsMatricesWithTheGridLayout() {
        NDArray images = Mnist.load(folder, ImageLayout.GRID).testImages();
        assertArrayEquals(new int[] {2, 2, 2}, images.shape());
        assertArrayEquals(new float[][] {{1, 1}, {0, 0}}, images.toFloat3D()[1]);
    }

    @Test
    void loadsLabelsAsInt32Digits() {
        Mnist mnist = Mnist.load(folder);
        assertEquals(DType.INT32, mnist.trainLabels().dtype());
        assertArrayEquals(IdxFixtures.TRAIN_DIGITS, mnist.trainLabels().toIntArray());
        assertArrayEquals(IdxFixtures.TEST_DIGITS, mnist.testLabels().toIntArray());
    }

    @Test
    void loadsFilesWhoseChecksumsMatchSha256Sums() {
        IdxFixtures.writeSums(folder);
        assertArrayEquals(new int[] {2, 4}, Mnist.load(folder).testImages().shape());
    }

    @Test
    void rejectsFileWhoseChecksumDiffersFromSha256Sums() {
        IdxFixtures.writeSums(folder);
        Path labels = folder.resolve(Mnist.TEST_LABELS);
        String listed = Sha256Sums.sha256(IdxFixtures.read(labels));
        byte[] other = IdxFixtures.gzip(IdxFixtures.labels(new int[] {7, 3}));
        IdxFixtures.write(labels, other);

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Mnist.load(folder));
        assertTrue(error.getMessage().startsWith(labels.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("expected SHA-256 " + listed), error.getMessage());
        assertTrue(
                error.getMessage().endsWith("Received: " + Sha256Sums.sha256(other)),
                error.getMessage());
    }

    @Test
    void rejectsABadMagicNumberNamingTheFileAndBothNumbers() {
        Path images = folder.resolve(Mnist.TRAIN_IMAGES);
        IdxFixtures.write(
                images, IdxFixtures.gzip(IdxFixtures.idx(0x802, new int[] {3, 2}, new byte[6])));

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Mnist.load(folder));
        assertEquals(
                images
                        + " must have the IDX magic number 0x00000803 (unsigned bytes, 3"
                        + " dimensions). Received: 0x00000802",
                error.getMessage());
    }

    @Test
    void rejectsDataShorterThanTheHeaderDeclares() {
        Path images = folder.resolve(Mnist.TRAIN_IMAGES);
        byte[] full = IdxFixtures.images(IdxFixtures.TRAIN_PIXELS);
        IdxFixtures.write(images, IdxFixtures.gzip(Arrays.copyOf(full, full.length - 4)));

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Mnist.load(folder));
        assertEquals(
                images
                        + " must hold 12 bytes of data after its header for dimensions [3, 2, 2]."
                        + " Received: 8 bytes (truncated)",
                error.getMessage());
    }

    @Test
    void rejectsDataLongerThanTheHeaderDeclares() {
        Path labels = folder.resolve(Mnist.TRAIN_LABELS);
        IdxFixtures.write(
                labels, IdxFixtures.gzip(IdxFixtures.idx(0x801, new int[] {3}, new byte[5])));

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Mnist.load(folder));
        assertEquals(
                labels
                        + " must hold 3 bytes of data after its header for dimensions [3]."
                        + " Received: 5 bytes (trailing data)",
                error.getMessage());
    }

    @Test
    void rejectsAGzipStreamCutShort() {
        Path images = folder.resolve(Mnist.TEST_IMAGES);
        byte[] gzip = IdxFixtures.gzip(IdxFixtures.images(IdxFixtures.TEST_PIXELS));
        IdxFixtures.write(images, Arrays.copyOf(gzip, gzip.length - 12));

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Mnist.load(folder));
        assertEquals(
                images
                        + " must hold 8 bytes of data after its header for dimensions [2, 2, 2]."
                        + " Received: a gzip stream that ends early",
                error.getMessage());
    }

    @Test
    void rejectsAHeaderCutShort() {
        Path labels = folder.resolve(Mnist.TEST_LABELS);
        IdxFixtures.write(labels, IdxFixtures.gzip(new byte[] {0, 0, 8, 1, 0, 0}));

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Mnist.load(folder));
        assertEquals(
                labels
                        + " is truncated: expected a complete IDX header. Received: an end of data"
                        + " before its size of dimension 0",
                error.getMessage());
    }

    @Test
    void rejectsAFileThatIsNotGzip() {
        Path labels = folder.resolve(Mnist.TEST_LABELS);
        IdxFixtures.write(labels, IdxFixtures.labels(IdxFixtures.TEST_DIGITS));

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Mnist.load(folder));
        assertEquals(
                labels + " must be gzip-compressed, starting with the bytes 1f8b. Received: 0000",
                error.getMessage());
    }

    @Test
    void rejectsAGzipHeaderCutShort() {
        Path labels = folder.resolve(Mnist.TRAIN_LABELS);
        byte[] gzip = IdxFixtures.gzip(IdxFixtures.labels(IdxFixtures.TRAIN_DIGITS));
        IdxFixtures.write(labels, Arrays.copyOf(gzip, 5));

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Mnist.load(folder));
        assertTrue(
                error.getMessage()
                        .startsWith(labels + " is truncated: expected a complete gzip header."),
                error.getMessage());
    }

    @Test
    void rejectsCorruptCompressedData() {
        Path images = folder.resolve(Mnist.TRAIN_IMAGES);
        byte[] gzip = IdxFixtures.gzip(IdxFixtures.images(IdxFixtures.TRAIN_PIXELS));
        for (int i = 10; i < gzip.length - 8; i++) {
            gzip[i] = (byte) 0xFF;
        }
        IdxFixtures.write(images, gzip);

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Mnist.load(folder));
        assertTrue(
                error.getMessage().startsWith(images + " is corrupt: its gzip data does not"),
                error.getMessage());
    }

    @Test
    void rejectsAMissingFileNamingIt() throws Exception {
        Files.delete(folder.resolve(Mnist.TEST_IMAGES));

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Mnist.load(folder));
        assertTrue(
                error.getMessage().contains("[" + Mnist.TEST_IMAGES + "] missing"),
                error.getMessage());
        assertFalse(Mnist.isPresent(folder));
    }

    @Test
    void rejectsAFolderThatDoesNotExist() {
        Path absent = folder.resolve("absent");

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Mnist.load(absent));
        assertTrue(
                error.getMessage().endsWith("Received: " + absent + " (no such folder)"),
                error.getMessage());
    }

    @Test
    void rejectsLabelsThatDoNotMatchTheImagesInNumber() {
        Path labels = folder.resolve(Mnist.TRAIN_LABELS);
        IdxFixtures.write(labels, IdxFixtures.gzip(IdxFixtures.labels(new int[] {1, 2})));

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Mnist.load(folder));
        assertEquals(
                labels
                        + " must hold one label per image of "
                        + Mnist.TRAIN_IMAGES
                        + ", 3 labels. Received: 2",
                error.getMessage());
    }

    @Test
    void rejectsASha256SumsLineOutOfFormat() {
        Path sums = folder.resolve(Sha256Sums.FILE_NAME);
        IdxFixtures.write(sums, "abc  train-images-idx3-ubyte.gz\n".getBytes());

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Mnist.load(folder));
        assertEquals(
                sums
                        + " line 1 must be 64 hex digits, two spaces and a file name. Received: abc"
                        + "  train-images-idx3-ubyte.gz",
                error.getMessage());
    }
}

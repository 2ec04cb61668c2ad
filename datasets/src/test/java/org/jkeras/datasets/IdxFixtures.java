package org.jkeras.datasets;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Small MNIST-shaped folders written by the tests: three 2 x 2 training images, two test ones. */
final class IdxFixtures {

    static final int[][] TRAIN_PIXELS = {{0, 255, 51, 102}, {1, 2, 3, 4}, {128, 0, 0, 255}};
    static final int[] TRAIN_DIGITS = {5, 0, 9};
    static final int[][] TEST_PIXELS = {{7, 7, 7, 7}, {255, 255, 0, 0}};
    static final int[] TEST_DIGITS = {7, 2};

    private IdxFixtures() {}

    /** Writes the four files of a small MNIST folder into {@code folder}, without SHA256SUMS. */
    static void writeFolder(Path folder) {
        write(folder.resolve(Mnist.TRAIN_IMAGES), gzip(images(TRAIN_PIXELS)));
        write(folder.resolve(Mnist.TRAIN_LABELS), gzip(labels(TRAIN_DIGITS)));
        write(folder.resolve(Mnist.TEST_IMAGES), gzip(images(TEST_PIXELS)));
        write(folder.resolve(Mnist.TEST_LABELS), gzip(labels(TEST_DIGITS)));
    }

    /** Writes a SHA256SUMS file listing the current checksum of each of the four files. */
    static void writeSums(Path folder) {
        StringBuilder sums = new StringBuilder();
        for (String name : Mnist.FILES) {
            sums.append(Sha256Sums.sha256(read(folder.resolve(name))))
                    .append("  ")
                    .append(name)
                    .append('\n');
        }
        write(
                folder.resolve(Sha256Sums.FILE_NAME),
                sums.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Returns an uncompressed IDX file of 2 x 2 images. */
    static byte[] images(int[][] pixels) {
        byte[] data = new byte[pixels.length * 4];
        for (int i = 0; i < pixels.length; i++) {
            for (int j = 0; j < 4; j++) {
                data[i * 4 + j] = (byte) pixels[i][j];
            }
        }
        return idx(0x803, new int[] {pixels.length, 2, 2}, data);
    }

    /** Returns an uncompressed IDX file of labels. */
    static byte[] labels(int[] digits) {
        byte[] data = new byte[digits.length];
        for (int i = 0; i < digits.length; i++) {
            data[i] = (byte) digits[i];
        }
        return idx(0x801, new int[] {digits.length}, data);
    }

    /** Returns an IDX file with the given magic number, header sizes and data. */
    static byte[] idx(int magic, int[] dims, byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(magic);
            for (int dim : dims) {
                out.writeInt(dim);
            }
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static void write(Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

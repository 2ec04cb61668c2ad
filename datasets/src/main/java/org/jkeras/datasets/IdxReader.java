package org.jkeras.datasets;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * Reads a gzipped IDX file of unsigned bytes, the format of the MNIST files: a big-endian header of
 * a magic number ({@code 0x0000}, the type code {@code 0x08}, the number of dimensions) and one
 * 32-bit size per dimension, then the elements in row-major order.
 */
final class IdxReader {

    private static final int UNSIGNED_BYTE = 0x08;
    private static final int GZIP_MAGIC = 0x1f8b;

    private IdxReader() {}

    /**
     * Reads {@code file}, checked against {@code sums}, which must hold {@code rank} dimensions.
     *
     * @throws IllegalArgumentException if the file is missing, fails its checksum, is not gzip, has
     *     another magic number, or holds fewer or more bytes than its header declares
     */
    static IdxData read(Path file, int rank, Sha256Sums sums) {
        byte[] compressed = readAll(file);
        sums.verify(file, compressed);
        return parse(file, compressed, rank);
    }

    /** Parses the bytes of a gzipped IDX file; {@code file} names it in error messages. */
    static IdxData parse(Path file, byte[] compressed, int rank) {
        requireGzip(file, compressed);
        try (DataInputStream in =
                new DataInputStream(
                        new BufferedInputStream(
                                new GZIPInputStream(new ByteArrayInputStream(compressed))))) {
            int[] dims = readHeader(file, in, rank);
            byte[] data = new byte[elementCount(file, dims)];
            readData(file, in, dims, data);
            return new IdxData(dims, data);
        } catch (EOFException e) {
            throw new IllegalArgumentException(
                    file + " is truncated: expected a complete gzip header. Received: " + e, e);
        } catch (IOException e) {
            // The bytes are in memory, so an IOException here is bad gzip data (a ZipException).
            throw new IllegalArgumentException(
                    file
                            + " is corrupt: its gzip data does not decompress. Received: "
                            + e.getMessage(),
                    e);
        }
    }

    private static byte[] readAll(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(
                    "file "
                            + file
                            + " must exist and be a regular file. Received: "
                            + (Files.exists(file) ? "a directory" : "no such file"));
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void requireGzip(Path file, byte[] compressed) {
        int start = compressed.length < 2 ? -1 : (compressed[0] & 0xFF) << 8 | compressed[1] & 0xFF;
        if (start != GZIP_MAGIC) {
            byte[] head = Arrays.copyOf(compressed, Math.min(compressed.length, 2));
            throw new IllegalArgumentException(
                    file
                            + " must be gzip-compressed, starting with the bytes 1f8b. Received: "
                            + (head.length == 0
                                    ? "an empty file"
                                    : HexFormat.of().formatHex(head)));
        }
    }

    private static int[] readHeader(Path file, DataInputStream in, int rank) throws IOException {
        int expectedMagic = UNSIGNED_BYTE << 8 | rank;
        int magic = readHeaderInt(file, in, "magic number");
        if (magic != expectedMagic) {
            throw new IllegalArgumentException(
                    String.format(
                            "%s must have the IDX magic number 0x%08x (unsigned bytes, %d"
                                    + " dimensions). Received: 0x%08x",
                            file, expectedMagic, rank, magic));
        }
        int[] dims = new int[rank];
        for (int i = 0; i < rank; i++) {
            dims[i] = readHeaderInt(file, in, "size of dimension " + i);
            if (dims[i] < 0) {
                throw new IllegalArgumentException(
                        file
                                + " must give a non-negative size for dimension "
                                + i
                                + ". Received: "
                                + (dims[i] & 0xFFFFFFFFL));
            }
        }
        return dims;
    }

    private static int readHeaderInt(Path file, DataInputStream in, String what)
            throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw new IllegalArgumentException(
                    file
                            + " is truncated: expected a complete IDX header. Received: an end of"
                            + " data before its "
                            + what,
                    e);
        }
    }

    private static int elementCount(Path file, int[] dims) {
        long count = 1;
        for (int dim : dims) {
            count *= dim;
            if (count > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(
                        file
                                + " must hold fewer than 2^31 elements. Received: dimensions "
                                + Arrays.toString(dims));
            }
        }
        return (int) count;
    }

    private static void readData(Path file, InputStream in, int[] dims, byte[] data)
            throws IOException {
        int filled;
        try {
            filled = in.readNBytes(data, 0, data.length);
        } catch (EOFException e) {
            throw new IllegalArgumentException(
                    sizeMismatch(file, dims, data.length, "a gzip stream that ends early"), e);
        }
        if (filled < data.length) {
            throw new IllegalArgumentException(
                    sizeMismatch(file, dims, data.length, filled + " bytes (truncated)"));
        }
        long extra = in.transferTo(OutputStream.nullOutputStream());
        if (extra > 0) {
            throw new IllegalArgumentException(
                    sizeMismatch(
                            file,
                            dims,
                            data.length,
                            (data.length + extra) + " bytes (trailing data)"));
        }
    }

    private static String sizeMismatch(Path file, int[] dims, int expected, String received) {
        return file
                + " must hold "
                + expected
                + " bytes of data after its header for dimensions "
                + Arrays.toString(dims)
                + ". Received: "
                + received;
    }
}

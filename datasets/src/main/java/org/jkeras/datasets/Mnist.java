package org.jkeras.datasets;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jkeras.ndarray.NDArray;

/**
 * The MNIST digits, Keras's {@code keras.datasets.mnist}, read from the four gzipped IDX files of a
 * local folder: 60,000 training and 10,000 test images of 28 x 28 pixels, with their labels.
 *
 * <p>Images come as float32 scaled to [0, 1] (each byte divided by 255, as Keras's examples do
 * after {@code load_data}), one row of 784 pixels per image, or a 28 x 28 matrix per image with
 * {@link ImageLayout#GRID}; labels come as int32 digits. When the folder holds a {@code SHA256SUMS}
 * file, every file it lists is checked against it before being parsed.
 *
 * <pre>{@code
 * Mnist mnist = Mnist.load(Path.of("data/mnist"));
 * NDArray xTrain = mnist.trainImages();                      // [60000, 784]
 * NDArray yTrain = Labels.toCategorical(mnist.trainLabels(), 10); // [60000, 10]
 * }</pre>
 */
public final class Mnist {

    /** The training images' file name. */
    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte.gz";

    /** The training labels' file name. */
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte.gz";

    /** The test images' file name. */
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte.gz";

    /** The test labels' file name. */
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte.gz";

    /** The four files a folder must hold, training then test, images then labels. */
    public static final List<String> FILES =
            List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);

    /** The number of leading embedded test images {@link #loadEmbedded()} trains on. */
    public static final int EMBEDDED_TRAIN_SIZE = 8000;

    /** The number of trailing embedded test images {@link #loadEmbedded()} holds out. */
    public static final int EMBEDDED_TEST_SIZE = 2000;

    private static final String CACHE_NAME = "mnist";
    private static final int IMAGE_RANK = 3;
    private static final int LABEL_RANK = 1;

    private final NDArray trainImages;
    private final NDArray trainLabels;
    private final NDArray testImages;
    private final NDArray testLabels;

    private Mnist(
            NDArray trainImages, NDArray trainLabels, NDArray testImages, NDArray testLabels) {
        this.trainImages = trainImages;
        this.trainLabels = trainLabels;
        this.testImages = testImages;
        this.testLabels = testLabels;
    }

    /** Loads the folder's files with images as rows of pixels, {@code [n, 784]}. */
    public static Mnist load(Path folder) {
        return load(folder, ImageLayout.FLAT);
    }

    /**
     * Loads the folder's files with images shaped as {@code layout} says.
     *
     * @throws IllegalArgumentException if the folder lacks one of {@link #FILES}, a file fails its
     *     checksum or is not a well-formed IDX file, or the images and labels differ in number
     * @throws java.io.UncheckedIOException if a file exists but cannot be read
     */
    public static Mnist load(Path folder, ImageLayout layout) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(layout, "layout");
        requireFiles(folder);
        Sha256Sums sums = Sha256Sums.in(folder);
        IdxData trainX = IdxReader.read(folder.resolve(TRAIN_IMAGES), IMAGE_RANK, sums);
        IdxData trainY = IdxReader.read(folder.resolve(TRAIN_LABELS), LABEL_RANK, sums);
        IdxData testX = IdxReader.read(folder.resolve(TEST_IMAGES), IMAGE_RANK, sums);
        IdxData testY = IdxReader.read(folder.resolve(TEST_LABELS), LABEL_RANK, sums);
        requireSameCount(folder, TRAIN_IMAGES, trainX, TRAIN_LABELS, trainY);
        requireSameCount(folder, TEST_IMAGES, testX, TEST_LABELS, testY);
        return of(trainX, trainY, testX, testY, layout);
    }

    /**
     * Returns the full dataset as Keras's {@code mnist.load_data()} does: from the cache folder
     * ({@link #cacheFolder()}), downloading the files that are missing or damaged from the mirror
     * the system property {@code jkeras.mnist.mirror} or the environment variable {@code
     * JKERAS_MNIST_MIRROR} names, else from TensorFlow's copy of the canonical files. Every file is
     * checked against the canonical SHA-256 before it is kept.
     *
     * @throws DownloadException if a file must be fetched and cannot be
     */
    public static Mnist loadData() {
        return loadData(MnistMirror.configured(System::getProperty, System::getenv));
    }

    /** Returns the full dataset as {@link #loadData()} does, fetching from {@code mirror}. */
    public static Mnist loadData(URI mirror) {
        return loadData(mirror, DatasetCache.folder());
    }

    /**
     * Returns the full dataset as {@link #loadData()} does, fetching from {@code mirror} (the URL
     * of a folder holding the four canonical files) into {@code cacheFolder}{@code /mnist}.
     */
    public static Mnist loadData(URI mirror, Path cacheFolder) {
        Objects.requireNonNull(mirror, "mirror");
        Objects.requireNonNull(cacheFolder, "cacheFolder");
        return loadData(
                new MnistMirror(mirror, MnistMirror.CANONICAL_SHA256),
                cacheFolder,
                new Downloader());
    }

    static Mnist loadData(MnistMirror mirror, Path cacheFolder, Downloader downloader) {
        Path folder = cacheFolder.resolve(CACHE_NAME);
        mirror.fill(folder, downloader);
        return load(folder);
    }

    /** Returns the folder {@link #loadData()} keeps the files in: {@code mnist} in the cache. */
    public static Path cacheFolder() {
        return DatasetCache.folder().resolve(CACHE_NAME);
    }

    /**
     * Returns the copy of the MNIST test set this jar carries, split into the first {@value
     * #EMBEDDED_TRAIN_SIZE} images for training and the last {@value #EMBEDDED_TEST_SIZE} for
     * testing: a small, offline stand-in for the full set, images as rows of 784 pixels.
     */
    public static Mnist loadEmbedded() {
        return loadEmbedded(ImageLayout.FLAT);
    }

    /**
     * Returns the embedded split of {@link #loadEmbedded()} with images shaped as {@code layout}.
     */
    public static Mnist loadEmbedded(ImageLayout layout) {
        Objects.requireNonNull(layout, "layout");
        IdxData images = EmbeddedMnist.read(TEST_IMAGES, IMAGE_RANK);
        IdxData labels = EmbeddedMnist.read(TEST_LABELS, LABEL_RANK);
        return of(
                EmbeddedMnist.head(images),
                EmbeddedMnist.head(labels),
                EmbeddedMnist.tail(images),
                EmbeddedMnist.tail(labels),
                layout);
    }

    private static Mnist of(
            IdxData trainX, IdxData trainY, IdxData testX, IdxData testY, ImageLayout layout) {
        return new Mnist(
                images(trainX, layout), labels(trainY), images(testX, layout), labels(testY));
    }

    /**
     * Returns whether {@code folder} holds all of {@link #FILES}, so {@link #load} can try them.
     */
    public static boolean isPresent(Path folder) {
        return FILES.stream().allMatch(name -> Files.isRegularFile(folder.resolve(name)));
    }

    /** Returns the training images (60,000 in the full set), float32 in [0, 1]. */
    public NDArray trainImages() {
        return trainImages;
    }

    /** Returns the training labels, int32 digits 0 to 9. */
    public NDArray trainLabels() {
        return trainLabels;
    }

    /** Returns the test images (10,000 in the full set), float32 in [0, 1]. */
    public NDArray testImages() {
        return testImages;
    }

    /** Returns the test labels, int32 digits 0 to 9. */
    public NDArray testLabels() {
        return testLabels;
    }

    private static void requireFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(
                    "folder must be a directory holding "
                            + FILES
                            + ". Received: "
                            + folder
                            + (Files.exists(folder) ? " (not a directory)" : " (no such folder)"));
        }
        List<String> missing =
                FILES.stream().filter(name -> !Files.isRegularFile(folder.resolve(name))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(
                    "folder "
                            + folder
                            + " must hold "
                            + FILES
                            + "; "
                            + missing
                            + " missing. Received: a folder without them");
        }
    }

    private static void requireSameCount(
            Path folder, String imagesName, IdxData images, String labelsName, IdxData labels) {
        if (images.count() != labels.count()) {
            throw new IllegalArgumentException(
                    folder.resolve(labelsName)
                            + " must hold one label per image of "
                            + imagesName
                            + ", "
                            + images.count()
                            + " labels. Received: "
                            + labels.count());
        }
    }

    private static NDArray images(IdxData idx, ImageLayout layout) {
        byte[] data = idx.data();
        float[] pixels = new float[data.length];
        for (int i = 0; i < data.length; i++) {
            // float32 division, as numpy's x /= 255 on a float32 array gives.
            pixels[i] = (data[i] & 0xFF) / 255f;
        }
        int[] dims = idx.dims();
        return layout == ImageLayout.FLAT
                ? NDArray.of(pixels, idx.count(), idx.itemSize())
                : NDArray.of(pixels, dims);
    }

    private static NDArray labels(IdxData idx) {
        byte[] data = idx.data();
        int[] digits = new int[data.length];
        for (int i = 0; i < data.length; i++) {
            digits[i] = data[i] & 0xFF;
        }
        return NDArray.of(digits);
    }
}

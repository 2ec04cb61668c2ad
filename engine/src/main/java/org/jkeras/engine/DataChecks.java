package org.jkeras.engine;

import java.util.Arrays;
import org.jkeras.ndarray.NDArray;

/**
 * The checks of the arrays a model is given, made before anything changes: inputs against the input
 * shape, targets against the output shape and the loss, and sample counts against each other. Each
 * failure is an {@link IllegalArgumentException} naming the argument.
 */
final class DataChecks {

    private static final String SPARSE_LOSS = "sparse_categorical_crossentropy";

    private DataChecks() {}

    /** Checks that {@code x} is a non-empty batch of samples of {@code sampleShape}. */
    static void checkInputs(String argument, NDArray x, int[] sampleShape) {
        if (x == null) {
            throw new IllegalArgumentException(
                    argument
                            + " must be an array of shape "
                            + batchShape(sampleShape)
                            + ". Received: null");
        }
        int[] shape = x.shape();
        if (shape.length != sampleShape.length + 1
                || !Arrays.equals(Arrays.copyOfRange(shape, 1, shape.length), sampleShape)) {
            throw new IllegalArgumentException(
                    argument
                            + " must be an array of shape "
                            + batchShape(sampleShape)
                            + ". Received: an array of shape "
                            + Arrays.toString(shape));
        }
        if (x.length() == 0) {
            throw new IllegalArgumentException(
                    argument + " must hold at least one sample. Received: 0 samples");
        }
    }

    /** Checks that {@code y} holds targets the loss can compare with outputs of that shape. */
    static void checkTargets(String argument, NDArray y, int[] outputShape, String lossName) {
        if (y == null) {
            throw new IllegalArgumentException(
                    argument
                            + " must be an array of shape "
                            + batchShape(expectedTargetShape(outputShape, lossName))
                            + ". Received: null");
        }
        int[] sample = y.rank() == 0 ? null : Arrays.copyOfRange(y.shape(), 1, y.rank());
        if (sample == null || !targetShapeFits(sample, outputShape, lossName)) {
            throw new IllegalArgumentException(
                    argument
                            + " must be an array of shape "
                            + batchShape(expectedTargetShape(outputShape, lossName))
                            + " for the loss "
                            + lossName
                            + ". Received: an array of shape "
                            + Arrays.toString(y.shape()));
        }
    }

    /** Checks inputs, targets, and that both hold the same number of samples. */
    static void checkData(
            String xName,
            String yName,
            NDArray x,
            NDArray y,
            int[] inputShape,
            int[] outputShape,
            String lossName) {
        checkInputs(xName, x, inputShape);
        checkTargets(yName, y, outputShape, lossName);
        checkSameLength(xName, x, yName, y);
    }

    /** Checks that {@code other} has one row per sample of {@code x}. */
    static void checkSameLength(String xName, NDArray x, String otherName, NDArray other) {
        if (other.rank() == 0 || other.length() != x.length()) {
            throw new IllegalArgumentException(
                    otherName
                            + " must have as many samples as "
                            + xName
                            + " ("
                            + x.length()
                            + "). Received: "
                            + (other.rank() == 0 ? "a scalar" : other.length() + " samples"));
        }
    }

    static void requirePositive(String argument, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(argument + " must be positive. Received: " + value);
        }
    }

    static void requirePositiveOrNull(String argument, Integer value) {
        if (value != null) {
            requirePositive(argument, value);
        }
    }

    static void requireVerbose(int verbose) {
        if (verbose < 0 || verbose > 2) {
            throw new IllegalArgumentException("verbose must be 0, 1 or 2. Received: " + verbose);
        }
    }

    static void requireOptions(Object options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null. Received: null");
        }
    }

    private static boolean targetShapeFits(int[] sample, int[] output, String lossName) {
        if (!SPARSE_LOSS.equals(lossName)) {
            return Arrays.equals(sample, output);
        }
        int[] leading = Arrays.copyOf(output, output.length - 1);
        return Arrays.equals(sample, leading)
                || Arrays.equals(sample, expectedTargetShape(output, lossName));
    }

    private static int[] expectedTargetShape(int[] output, String lossName) {
        if (!SPARSE_LOSS.equals(lossName)) {
            return output;
        }
        int[] shape = output.clone();
        shape[shape.length - 1] = 1;
        return shape;
    }

    private static String batchShape(int[] sample) {
        StringBuilder text = new StringBuilder("[samples");
        for (int dim : sample) {
            text.append(", ").append(dim);
        }
        return text.append(']').toString();
    }
}

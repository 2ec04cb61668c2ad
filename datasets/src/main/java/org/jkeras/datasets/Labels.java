package org.jkeras.datasets;

import java.util.Arrays;
import java.util.Objects;
import org.jkeras.ndarray.NDArray;

/** Keras's label utilities ({@code keras.utils.to_categorical}). */
public final class Labels {

    private Labels() {}

    /**
     * Returns the one-hot encoding of integer class labels, as Keras's {@code to_categorical(y,
     * num_classes)}: a float32 array of the labels' shape plus a last axis of {@code numClasses},
     * holding 1 at each label's index and 0 elsewhere. A trailing axis of size 1 is dropped first,
     * so labels of shape {@code [n, 1]} give {@code [n, numClasses]}.
     *
     * <pre>{@code
     * NDArray y = Labels.toCategorical(NDArray.of(new int[] {2, 0}), 3); // [[0, 0, 1], [1, 0, 0]]
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code numClasses} is not positive, or a label is not an
     *     integer in [0, numClasses)
     */
    public static NDArray toCategorical(NDArray labels, int numClasses) {
        Objects.requireNonNull(labels, "labels");
        if (numClasses < 1) {
            throw new IllegalArgumentException(
                    "numClasses must be a positive number of classes. Received: " + numClasses);
        }
        int[] classes = classIndices(labels);
        float[] oneHot = new float[Math.multiplyExact(classes.length, numClasses)];
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] < 0 || classes[i] >= numClasses) {
                throw new IllegalArgumentException(
                        "labels["
                                + i
                                + "] must be a class index in [0, "
                                + numClasses
                                + "). Received: "
                                + classes[i]);
            }
            oneHot[i * numClasses + classes[i]] = 1f;
        }
        return NDArray.of(oneHot, outputShape(labels.shape(), numClasses));
    }

    /**
     * Returns the one-hot encoding of {@code labels} with one class more than the largest label, as
     * Keras's {@code to_categorical(y)} without {@code num_classes}.
     *
     * @throws IllegalArgumentException if {@code labels} is empty, or a label is not an integer of
     *     at least 0
     */
    public static NDArray toCategorical(NDArray labels) {
        Objects.requireNonNull(labels, "labels");
        int[] classes = classIndices(labels);
        if (classes.length == 0) {
            throw new IllegalArgumentException(
                    "labels must not be empty when numClasses is not given. Received: shape "
                            + Arrays.toString(labels.shape()));
        }
        return toCategorical(labels, Arrays.stream(classes).max().getAsInt() + 1);
    }

    private static int[] classIndices(NDArray labels) {
        try {
            return labels.toIntArray();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(
                    "labels must be integer class indices. Received: " + e.getMessage(), e);
        }
    }

    private static int[] outputShape(int[] labelShape, int numClasses) {
        int rank = labelShape.length;
        // Keras drops a trailing axis of size 1 (a column of labels), but not the only axis.
        int kept = rank > 1 && labelShape[rank - 1] == 1 ? rank - 1 : rank;
        int[] shape = Arrays.copyOf(labelShape, kept + 1);
        shape[kept] = numClasses;
        return shape;
    }
}

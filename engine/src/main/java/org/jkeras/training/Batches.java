package org.jkeras.training;

import org.jkeras.Shuffle;
import org.jkeras.random.SeededRandom;

/** How {@code fit} divides samples: the validation split, the batch count and the sample order. */
public final class Batches {

    private Batches() {}

    /**
     * Returns the index where validation samples start: {@code floor(n * (1 - split))}, as Keras
     * computes it; training takes the samples before it and validation the rest.
     *
     * @throws IllegalArgumentException if the split is outside [0, 1) or leaves a side empty
     */
    public static int splitAt(int samples, double split) {
        if (!(split >= 0 && split < 1)) {
            throw new IllegalArgumentException(
                    "validationSplit must be in [0, 1). Received: " + split);
        }
        int at = (int) Math.floor(samples * (1 - split));
        if (split > 0 && (at == 0 || at == samples)) {
            throw new IllegalArgumentException(
                    "validationSplit must leave at least one sample for training and one for"
                            + " validation of the "
                            + samples
                            + " given. Received: "
                            + split);
        }
        return at;
    }

    /** Returns the number of batches, keeping the last partial one: {@code ceil(n / size)}. */
    public static int count(int samples, int batchSize) {
        return (samples + batchSize - 1) / batchSize;
    }

    /**
     * Returns the order in which an epoch visits samples: as given, in a random permutation, or
     * with whole batches permuted and a last partial batch kept at the end, as Keras's {@code
     * shuffle='batch'} does.
     */
    public static int[] order(int samples, int batchSize, Shuffle shuffle, SeededRandom random) {
        int[] order = new int[samples];
        for (int i = 0; i < samples; i++) {
            order[i] = i;
        }
        switch (shuffle) {
            case FALSE:
                return order;
            case TRUE:
                return random.permutation(samples);
            case BATCH:
                int full = samples / batchSize;
                int[] batchOrder = random.permutation(full);
                for (int b = 0; b < full; b++) {
                    for (int i = 0; i < batchSize; i++) {
                        order[b * batchSize + i] = batchOrder[b] * batchSize + i;
                    }
                }
                return order;
            default:
                throw new IllegalArgumentException("shuffle: unknown mode. Received: " + shuffle);
        }
    }
}

package org.jkeras.engine;

import java.util.Arrays;
import org.jkeras.Shuffle;
import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;
import org.jkeras.training.Batches;

/**
 * Batches cut from whole arrays, as Keras 2.2.4 feeds arrays: {@code ceil(samples / batchSize)}
 * batches in a fresh order each epoch, or, with a number of steps, the whole arrays once per step
 * (each counting 1 in the means and the bar).
 */
final class ArrayFeed implements BatchFeed {

    private final NDArray x;
    private final NDArray y;
    private final NDArray weights;
    private final int batchSize;
    private final Integer steps;
    private final Shuffle shuffle;
    private final SeededRandom random;
    private int[] order;

    private ArrayFeed(
            NDArray x,
            NDArray y,
            NDArray weights,
            int batchSize,
            Integer steps,
            Shuffle shuffle,
            SeededRandom random) {
        this.x = x;
        this.y = y;
        this.weights = weights;
        this.batchSize = batchSize;
        this.steps = steps;
        this.shuffle = shuffle;
        this.random = random;
    }

    /** Returns batches for training, reordered each epoch by {@code shuffle}. */
    static ArrayFeed training(
            NDArray x,
            NDArray y,
            NDArray weights,
            int batchSize,
            Integer steps,
            Shuffle shuffle,
            SeededRandom random) {
        return new ArrayFeed(x, y, weights, batchSize, steps, shuffle, random);
    }

    /** Returns batches in input order, for evaluation ({@code y} null for prediction). */
    static ArrayFeed inOrder(NDArray x, NDArray y, NDArray weights, int batchSize, Integer steps) {
        return new ArrayFeed(x, y, weights, batchSize, steps, Shuffle.FALSE, null);
    }

    @Override
    public int batches() {
        return steps != null ? steps : Batches.count(x.length(), batchSize);
    }

    @Override
    public int progressTarget() {
        return steps != null ? steps : x.length();
    }

    @Override
    public void startEpoch(int epoch) {
        if (steps == null && shuffle != Shuffle.FALSE) {
            order = Batches.order(x.length(), batchSize, shuffle, random);
        }
    }

    @Override
    public FeedBatch next(int index) {
        if (steps != null) {
            return new FeedBatch(x, y, weights, 1, 1);
        }
        int from = index * batchSize;
        int to = Math.min(x.length(), from + batchSize);
        if (order == null) {
            return new FeedBatch(
                    x.rows(from, to),
                    y == null ? null : y.rows(from, to),
                    weights == null ? null : weights.rows(from, to),
                    to - from,
                    to - from);
        }
        int[] indices = Arrays.copyOfRange(order, from, to);
        return new FeedBatch(
                x.takeRows(indices),
                y == null ? null : y.takeRows(indices),
                weights == null ? null : weights.takeRows(indices),
                to - from,
                to - from);
    }
}

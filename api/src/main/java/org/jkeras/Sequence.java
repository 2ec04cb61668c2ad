package org.jkeras;

/**
 * Batches addressed by index, Keras's {@code keras.utils.Sequence}: the safe way to feed {@code
 * fitGenerator}, {@code evaluateGenerator} and {@code predictGenerator} from several worker
 * threads.
 *
 * <p>Batches reach the model in index order whatever the number of workers; with {@code shuffle}
 * (fitGenerator only) each pass over the sequence visits every index exactly once, in an order
 * drawn from the model's seeded generator. {@link #get(int)} may be called from worker threads,
 * several at a time, so it must not depend on the order of calls. {@link #onEpochEnd()} is called
 * after each full pass, once its last batch has been taken and before the next pass's first batch
 * is requested, so it may change what later calls of {@code get} return (reshuffle samples, say).
 *
 * <pre>{@code
 * Sequence batches = new Sequence() {
 *     public int size() {
 *         return (x.length() + 31) / 32;
 *     }
 *
 *     public Batch get(int index) {
 *         int from = index * 32;
 *         int to = Math.min(x.length(), from + 32);
 *         return Batch.of(x.rows(from, to), y.rows(from, to));
 *     }
 * };
 * model.fitGenerator(batches, FitGeneratorOptions.defaults().epochs(5).workers(4));
 * }</pre>
 */
public interface Sequence {

    /** Returns the number of batches in one pass; Keras's {@code __len__}. */
    int size();

    /** Returns the batch at {@code index}, in [0, {@link #size()}); Keras's {@code __getitem__}. */
    Batch get(int index);

    /** Called after each full pass over the batches; does nothing by default. */
    default void onEpochEnd() {}
}

package org.jkeras.generators;

import java.util.Iterator;
import org.jkeras.Batch;
import org.jkeras.Sequence;
import org.jkeras.random.SeededRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a generator call draws batches from: a {@link Sequence} or a plain generator (an {@link
 * Iterator}), and how it opens a {@link BatchStream} over either with the call's workers and queue.
 *
 * <p>{@code useMultiprocessing} has no separate-process meaning on the JVM: a JVM cannot hand a
 * user's objects to another process without serializing them, and threads already run generator
 * code in parallel. The flag therefore runs the same worker threads, and says so in a debug log.
 */
public final class BatchSource {

    private static final Logger LOG = LoggerFactory.getLogger(BatchSource.class);

    private final Sequence sequence;
    private final Iterator<Batch> generator;

    private BatchSource(Sequence sequence, Iterator<Batch> generator) {
        this.sequence = sequence;
        this.generator = generator;
    }

    /**
     * Returns the source of a Sequence.
     *
     * @throws IllegalArgumentException if it is null
     */
    public static BatchSource of(String argument, Sequence sequence) {
        requireNonNull(argument, sequence);
        return new BatchSource(sequence, null);
    }

    /**
     * Returns the source of a plain generator.
     *
     * @throws IllegalArgumentException if it is null
     */
    public static BatchSource of(String argument, Iterator<Batch> generator) {
        requireNonNull(argument, generator);
        return new BatchSource(null, generator);
    }

    /** Returns whether the source is a Sequence, whose size gives the default number of steps. */
    public boolean isSequence() {
        return sequence != null;
    }

    /**
     * Returns {@code steps} if given, else the Sequence's size.
     *
     * @param argument the name of the steps argument, for messages
     * @throws IllegalArgumentException if steps is null for a plain generator, or not positive
     */
    public int steps(String argument, Integer steps) {
        if (steps != null) {
            if (steps <= 0) {
                throw new IllegalArgumentException(
                        argument + " must be positive. Received: " + steps);
            }
            return steps;
        }
        if (sequence == null) {
            throw new IllegalArgumentException(
                    argument
                            + " must be given for a plain generator (an Iterator), which has no"
                            + " length; only a Sequence can supply it. Received: null");
        }
        int size = sequence.size();
        if (size <= 0) {
            throw new IllegalArgumentException(
                    "generator: a Sequence must hold at least one batch. Received: size " + size);
        }
        return size;
    }

    /**
     * Opens a stream over the source.
     *
     * @param call the method's name, for messages
     * @param settings the workers, queue size and multiprocessing flag
     * @param shuffle the generator of each Sequence pass's order, or null for index order
     */
    public BatchStream open(String call, StreamSettings settings, SeededRandom shuffle) {
        int workers = settings.workers();
        if (settings.useMultiprocessing()) {
            LOG.debug(
                    "{}: useMultiprocessing has no separate-process meaning on the JVM; running {}"
                            + " worker threads in this process",
                    call,
                    workers);
        }
        if (sequence != null) {
            return new SequenceStream(call, sequence, shuffle, workers, settings.maxQueueSize());
        }
        if (workers == 0) {
            return new IteratorStream(call, generator);
        }
        if (workers > 1) {
            LOG.debug(
                    "{}: a plain generator is not thread-safe, so one of the {} workers draws"
                            + " from it; use a Sequence for parallel batches",
                    call,
                    workers);
        }
        return new QueuedIteratorStream(call, generator, settings.maxQueueSize());
    }

    private static void requireNonNull(String argument, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(
                    argument + " must be a Sequence or an Iterator of batches. Received: null");
        }
    }
}

package org.jkeras.generators;

import java.util.concurrent.CancellationException;
import org.jkeras.Batch;
import org.jkeras.GeneratorException;

/** The exceptions a stream ends a call with, each naming the call and the step. */
final class StreamErrors {

    private StreamErrors() {}

    /**
     * Returns a {@link GeneratorException} around a generator's {@code cause}, left intact, for the
     * caller to throw; an {@link Error} is not wrapped but thrown here as it is.
     */
    static RuntimeException failed(String call, String step, Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        return new GeneratorException(
                call + ": the generator threw at " + step + ": " + cause, cause);
    }

    /** Returns {@code batch}, or throws the failure of a generator that gave null. */
    static Batch requireBatch(String call, String step, Batch batch) {
        if (batch == null) {
            throw failed(call, step, nullBatch());
        }
        return batch;
    }

    static NullPointerException nullBatch() {
        return new NullPointerException("the generator gave null instead of a batch");
    }

    /** As {@link #failed}, for an exception thrown by {@link org.jkeras.Sequence#onEpochEnd()}. */
    static GeneratorException onEpochEndFailed(String call, RuntimeException cause) {
        return new GeneratorException(
                call + ": Sequence.onEpochEnd threw after a full pass: " + cause, cause);
    }

    /** Returns the exception for an interrupted wait, with the interrupt flag set again. */
    static CancellationException interrupted(String call, String step, InterruptedException e) {
        Thread.currentThread().interrupt();
        CancellationException cancelled =
                new CancellationException(
                        call + " was interrupted while waiting for the batch of " + step);
        cancelled.initCause(e);
        return cancelled;
    }

    /** Throws if the calling thread's interrupt flag is set, leaving the flag set. */
    static void checkInterrupt(String call, String step) {
        if (Thread.currentThread().isInterrupted()) {
            CancellationException cancelled =
                    new CancellationException(call + " was interrupted before " + step);
            cancelled.initCause(new InterruptedException());
            throw cancelled;
        }
    }

    static IllegalArgumentException ended(String call, String step, long yielded) {
        return new IllegalArgumentException(
                "generator ended before "
                        + step
                        + " of "
                        + call
                        + "; a plain generator must yield a batch for every step (lower the steps"
                        + " or make it endless). Received: a generator that ended after "
                        + yielded
                        + (yielded == 1 ? " batch" : " batches"));
    }
}

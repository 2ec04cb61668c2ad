package org.jkeras.generators;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jkeras.Batch;

/**
 * A plain generator drawn on the calling thread ({@code workers} 0): each batch is produced when
 * the model asks for it. An iterator that reports no next batch, or throws {@link
 * NoSuchElementException}, has ended.
 */
final class IteratorStream implements BatchStream {

    private final String call;
    private final Iterator<Batch> generator;
    private long yielded;

    IteratorStream(String call, Iterator<Batch> generator) {
        this.call = call;
        this.generator = generator;
    }

    @Override
    public Batch next(String step) {
        StreamErrors.checkInterrupt(call, step);
        boolean more;
        try {
            more = generator.hasNext();
        } catch (RuntimeException e) {
            throw StreamErrors.failed(call, step, e);
        }
        if (!more) {
            throw StreamErrors.ended(call, step, yielded);
        }
        Batch batch;
        try {
            batch = generator.next();
        } catch (NoSuchElementException e) {
            throw StreamErrors.ended(call, step, yielded);
        } catch (RuntimeException e) {
            throw StreamErrors.failed(call, step, e);
        }
        yielded++;
        return StreamErrors.requireBatch(call, step, batch);
    }

    @Override
    public void close() {}
}

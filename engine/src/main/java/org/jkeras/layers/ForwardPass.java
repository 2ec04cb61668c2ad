package org.jkeras.layers;

import java.util.ArrayList;
import java.util.List;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.random.SeededRandom;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * One run of a model's layers over one batch: the tape the layers record on, whether the model is
 * training, the generator for random masks, and the tensors the pass uploads (inputs, targets,
 * masks), which it closes together with the tape.
 *
 * <p>Closing the pass releases everything it created, so nothing made for one batch outlives it;
 * the weights and the optimizer's slots, which the pass only refers to, stay open.
 */
public final class ForwardPass implements AutoCloseable {

    private final GradientTape tape;
    private final boolean training;
    private final SeededRandom random;
    private final List<Tensor> owned = new ArrayList<>();

    /**
     * Starts a pass on a backend.
     *
     * @param backend the backend the layers compute on
     * @param training whether layers behave as in training (dropout active)
     * @param random the generator that draws dropout masks
     */
    public ForwardPass(Backend backend, boolean training, SeededRandom random) {
        this.tape = new GradientTape(backend);
        this.training = training;
        this.random = random;
    }

    /** Returns the tape the pass records on. */
    public GradientTape tape() {
        return tape;
    }

    /** Returns the backend of the tape. */
    public Backend backend() {
        return tape.backend();
    }

    /** Returns whether layers run in training mode. */
    public boolean training() {
        return training;
    }

    /** Returns the generator for random masks. */
    public SeededRandom random() {
        return random;
    }

    /** Makes the pass close {@code tensor} when it closes, and returns it. */
    public Tensor own(Tensor tensor) {
        owned.add(tensor);
        return tensor;
    }

    /** Closes the tape and every tensor the pass owns. Idempotent. */
    @Override
    public void close() {
        RuntimeException failure = null;
        try {
            tape.close();
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Tensor tensor : owned) {
            try {
                tensor.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        owned.clear();
        if (failure != null) {
            throw failure;
        }
    }
}

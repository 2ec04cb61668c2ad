package org.jkeras.layers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jkeras.autodiff.GradientTape;
import org.jkeras.autodiff.Variable;
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
    private final List<Variable> losses = new ArrayList<>();

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

    /**
     * Adds a scalar regularization term (of a kernel, a bias or a layer's output) to the pass; the
     * model adds every term to the total loss, in training and in evaluation, as Keras 2.2.4 adds
     * layer losses.
     *
     * @throws IllegalArgumentException if {@code scalar} is not a scalar of this pass's tape
     */
    public void addLoss(Variable scalar) {
        Objects.requireNonNull(scalar, "scalar");
        if (scalar.shape().length != 0) {
            throw new IllegalArgumentException(
                    "scalar must be a rank-0 variable. Received: shape "
                            + Arrays.toString(scalar.shape()));
        }
        losses.add(scalar);
    }

    /** Returns every term added by {@link #addLoss(Variable)} so far in this pass, in order. */
    public List<Variable> losses() {
        return Collections.unmodifiableList(new ArrayList<>(losses));
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
        losses.clear();
        if (failure != null) {
            throw failure;
        }
    }
}

package org.jkeras.autodiff;

import java.util.ArrayList;
import java.util.List;
import org.jkeras.spi.Tensor;

/** Temporaries of one computation, closed together when it ends, also when it fails. */
final class TensorScope implements AutoCloseable {

    private final List<Tensor> tensors = new ArrayList<>();

    /** Registers a temporary and returns it. */
    <T extends Tensor> T add(T tensor) {
        tensors.add(tensor);
        return tensor;
    }

    /**
     * Takes {@code tensor} out of the scope, so that it is not closed with it and its caller owns
     * it; returns whether it was there.
     */
    boolean release(Tensor tensor) {
        for (int i = tensors.size() - 1; i >= 0; i--) {
            if (tensors.get(i) == tensor) {
                tensors.remove(i);
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (int i = tensors.size() - 1; i >= 0; i--) {
            try {
                tensors.get(i).close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        tensors.clear();
        if (failure != null) {
            throw failure;
        }
    }
}

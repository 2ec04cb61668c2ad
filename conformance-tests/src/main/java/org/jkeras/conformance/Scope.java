package org.jkeras.conformance;

import java.util.ArrayList;
import java.util.List;
import org.jkeras.spi.Tensor;

/**
 * The tensors one case creates, closed together when the case ends so that a failing assertion
 * leaks nothing into the next case.
 */
final class Scope implements AutoCloseable {

    private final List<Tensor> tensors = new ArrayList<>();

    /** Registers a tensor for closing and returns it. */
    <T extends Tensor> T track(T tensor) {
        if (tensor != null) {
            tensors.add(tensor);
        }
        return tensor;
    }

    @Override
    public void close() {
        for (int i = tensors.size() - 1; i >= 0; i--) {
            tensors.get(i).close();
        }
        tensors.clear();
    }
}

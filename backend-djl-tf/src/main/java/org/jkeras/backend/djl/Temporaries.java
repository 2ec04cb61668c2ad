package org.jkeras.backend.djl;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.internal.c_api.TFE_TensorHandle;
import org.tensorflow.internal.c_api.global.tensorflow;

/**
 * The intermediate handles of one composed op, freed together when the op returns or fails, so a
 * training step holds native memory only while it runs.
 */
final class Temporaries implements AutoCloseable {

    private final List<TFE_TensorHandle> handles = new ArrayList<>();

    /** Registers {@code handle} to be freed on {@link #close()} and returns it. */
    TFE_TensorHandle add(TFE_TensorHandle handle) {
        handles.add(handle);
        return handle;
    }

    @Override
    public void close() {
        for (TFE_TensorHandle handle : handles) {
            tensorflow.TFE_DeleteTensorHandle(handle);
        }
        handles.clear();
    }
}

package org.jkeras;

import java.util.List;
import org.jkeras.ndarray.NDArray;

/**
 * A layer of a {@link Sequential} model: a named transformation with weights.
 *
 * <p>The engine provides Keras's layers ({@code Dense}, {@code Dropout}, ...). A layer is built
 * when the model knows its input shape, which creates its weights; before that it has none. Shapes
 * here exclude the batch dimension, as Keras's {@code input_shape} does.
 *
 * <pre>{@code
 * Layer dense = model.getLayer("dense_1");
 * List<NDArray> kernelAndBias = dense.getWeights();
 * }</pre>
 */
public interface Layer {

    /** Returns the layer's name, unique within its model, such as {@code dense_1}. */
    String name();

    /** Returns whether the layer has been built, that is, has its weights. */
    boolean isBuilt();

    /**
     * Returns the shape of one output sample, without the batch dimension.
     *
     * @throws IllegalStateException if the layer is not built yet
     */
    int[] outputShape();

    /** Returns copies of the weights in Keras's order (for Dense: kernel, then bias). */
    List<NDArray> getWeights();

    /**
     * Replaces the weights with copies of the given arrays.
     *
     * @throws IllegalArgumentException if the count or a shape differs from {@link #getWeights()}
     */
    void setWeights(List<NDArray> weights);

    /** Returns the number of scalar weights, zero before the layer is built. */
    int countParams();
}

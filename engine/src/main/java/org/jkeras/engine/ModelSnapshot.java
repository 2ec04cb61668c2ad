package org.jkeras.engine;

import java.util.List;
import org.jkeras.ndarray.NDArray;
import org.jkeras.optimizers.OptimizerBase;

/**
 * Host copies of a model's weights and its optimizer's state, taken before {@code fit} so that a
 * failure in the middle of training (a callback that throws, say) can put both back as they were.
 */
record ModelSnapshot(List<NDArray> weights, List<NDArray> optimizerState) {

    static ModelSnapshot take(LayerStack stack, OptimizerBase optimizer) {
        return new ModelSnapshot(stack.getWeights(), optimizer.getWeights());
    }

    /** Puts the weights and the optimizer state back; adds any failure to {@code cause}. */
    void restore(LayerStack stack, OptimizerBase optimizer, RuntimeException cause) {
        try {
            stack.setWeights(weights);
            optimizer.setWeights(optimizerState);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}

package org.jkeras.layers;

import java.util.List;
import org.jkeras.ndarray.NDArray;
import org.jkeras.random.SeededRandom;

/** A layer without weights whose output has the shape of its input, such as an activation. */
abstract class ShapePreservingLayer extends BaseLayer {

    @Override
    public int[] computeOutputShape(int[] inputShape) {
        return inputShape.clone();
    }

    @Override
    protected List<NDArray> createWeights(int[] inputShape, SeededRandom random) {
        return List.of();
    }
}

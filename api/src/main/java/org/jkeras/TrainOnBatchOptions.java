package org.jkeras;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jkeras.ndarray.NDArray;

/**
 * The keyword arguments of {@code trainOnBatch}, immutable, with Keras 2's defaults (none).
 *
 * <pre>{@code
 * model.trainOnBatch(x, y, TrainOnBatchOptions.defaults().classWeight(Map.of(0, 1.0, 1, 5.0)));
 * }</pre>
 *
 * @param sampleWeight weight of each sample (1-D), or of each sample and step (2-D, temporal mode);
 *     or null
 * @param classWeight weight of each class index in the loss, or null; not together with {@code
 *     sampleWeight}
 */
public record TrainOnBatchOptions(NDArray sampleWeight, Map<Integer, Double> classWeight) {

    /** Copies the class weights, so later changes to the caller's map do not show here. */
    public TrainOnBatchOptions {
        classWeight =
                classWeight == null
                        ? null
                        : Collections.unmodifiableMap(new LinkedHashMap<>(classWeight));
    }

    /** Returns Keras's defaults: no sample weights, no class weights. */
    public static TrainOnBatchOptions defaults() {
        return new TrainOnBatchOptions(null, null);
    }

    /** Returns a copy with sample weights. */
    public TrainOnBatchOptions sampleWeight(NDArray value) {
        return new TrainOnBatchOptions(value, classWeight);
    }

    /** Returns a copy with class weights. */
    public TrainOnBatchOptions classWeight(Map<Integer, Double> value) {
        return new TrainOnBatchOptions(sampleWeight, value);
    }
}

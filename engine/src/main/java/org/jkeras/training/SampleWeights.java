package org.jkeras.training;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import org.jkeras.ndarray.DType;
import org.jkeras.ndarray.NDArray;

/**
 * The weight of each sample (or of each sample and time step) in the loss, from the user's sample
 * or class weights, as Keras 2.2.4's {@code standardize_weights} computes it on the host.
 *
 * <p>Class weights take each sample's class from its target: the index of the largest value of a
 * one-hot row, or the value itself for one unit or integer labels. Every class in the targets must
 * have a weight. Unlike Keras 2.2.4, which warned and ignored the class weights, giving both kinds
 * of weight is an error.
 */
public final class SampleWeights {

    private SampleWeights() {}

    /**
     * Returns the weights of the samples of {@code y}, of shape {@code [samples]} or, in temporal
     * mode, {@code [samples, steps]}; or null when neither kind is given, which weighs every sample
     * (and step) alike.
     *
     * @param argument the name of the sample weight argument, for messages
     * @param y the targets, one row per sample
     * @param outputShape the shape of one output sample of the model
     * @param sampleWeight the user's sample weights, or null
     * @param classWeight the user's class weights, or null
     * @param temporal whether the model was compiled with {@code sampleWeightMode "temporal"}
     * @throws IllegalArgumentException if a weight array does not fit {@code y} or the mode, both
     *     kinds are given, or a class of {@code y} has no class weight
     */
    public static NDArray standardize(
            String argument,
            NDArray y,
            int[] outputShape,
            NDArray sampleWeight,
            Map<Integer, Double> classWeight,
            boolean temporal) {
        if (sampleWeight != null && classWeight != null) {
            throw new IllegalArgumentException(
                    "classWeight and "
                            + argument
                            + " cannot be used together; combine them into sampleWeight."
                            + " Received: both");
        }
        if (temporal && outputShape.length < 2) {
            throw new IllegalArgumentException(
                    "sampleWeightMode 'temporal' needs outputs with a time axis, of rank 3 or"
                            + " more with the batch axis. Received: outputs of shape "
                            + batchShape(outputShape));
        }
        if (sampleWeight != null) {
            return checkSampleWeight(argument, y, sampleWeight, temporal);
        }
        if (classWeight != null) {
            return fromClasses(y, outputShape, classWeight);
        }
        return null;
    }

    private static NDArray checkSampleWeight(
            String argument, NDArray y, NDArray sampleWeight, boolean temporal) {
        int[] shape = sampleWeight.shape();
        if (temporal && shape.length != 2) {
            throw new IllegalArgumentException(
                    argument
                            + " must be 2-D, [samples, timesteps], with sampleWeightMode"
                            + " 'temporal'. Received: an array of shape "
                            + Arrays.toString(shape));
        }
        if (!temporal && shape.length != 1) {
            throw new IllegalArgumentException(
                    argument
                            + " must be 1-D, one weight per sample; for a weight per time step"
                            + " compile with sampleWeightMode 'temporal'. Received: an array of"
                            + " shape "
                            + Arrays.toString(shape));
        }
        int[] leading = Arrays.copyOf(y.shape(), Math.min(y.rank(), shape.length));
        if (!Arrays.equals(leading, shape)) {
            throw new IllegalArgumentException(
                    argument
                            + " must have shape "
                            + Arrays.toString(Arrays.copyOf(y.shape(), shape.length))
                            + " to weigh targets of shape "
                            + Arrays.toString(y.shape())
                            + ". Received: an array of shape "
                            + Arrays.toString(shape));
        }
        return sampleWeight.dtype() == DType.FLOAT32
                ? sampleWeight
                : sampleWeight.cast(DType.FLOAT32);
    }

    private static NDArray fromClasses(
            NDArray y, int[] outputShape, Map<Integer, Double> classWeight) {
        if (y.rank() > 2) {
            throw new IllegalArgumentException(
                    "classWeight needs targets of rank 1 or 2, one class per sample. Received:"
                            + " targets of shape "
                            + Arrays.toString(y.shape()));
        }
        int samples = y.length();
        int units = y.rank() == 1 ? 1 : y.shape()[1];
        float[] values = y.toFloatArray();
        float[] weights = new float[samples];
        TreeSet<Double> missing = new TreeSet<>();
        for (int i = 0; i < samples; i++) {
            double label = units > 1 ? argmax(values, i * units, units) : values[i];
            Double weight = label == Math.rint(label) ? classWeight.get((int) label) : null;
            if (weight == null) {
                missing.add(label);
            } else {
                weights[i] = weight.floatValue();
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(
                    "classWeight must contain every class in the targets; missing: "
                            + missing.stream().map(SampleWeights::formatClass).toList()
                            + ". Received: classes "
                            + new TreeSet<>(classWeight.keySet()));
        }
        return NDArray.of(weights, samples);
    }

    private static int argmax(float[] values, int offset, int count) {
        int best = 0;
        for (int j = 1; j < count; j++) {
            if (values[offset + j] > values[offset + best]) {
                best = j;
            }
        }
        return best;
    }

    private static String formatClass(double label) {
        return label == Math.rint(label) ? Long.toString((long) label) : Double.toString(label);
    }

    private static String batchShape(int[] sample) {
        StringBuilder text = new StringBuilder("[samples");
        for (int dim : sample) {
            text.append(", ").append(dim);
        }
        return text.append(']').toString();
    }
}

package org.jkeras.benchmarks.nd4j;

import java.util.List;
import org.deeplearning4j.datasets.iterator.ExistingDataSetIterator;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.jkeras.ndarray.NDArray;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The same mnist_mlp model on Deeplearning4j's MultiLayerNetwork: Glorot-uniform weights, relu,
 * dropout 0.2 before the second and third layers (DL4J's {@code dropOut(0.8)} is the probability of
 * keeping an input), softmax with multi-class cross-entropy, and RMSprop at Keras 2.2's defaults
 * (lr 0.001, rho 0.9, epsilon 1e-7), float32 throughout.
 */
final class Dl4jMnistMlp {

    private final MultiLayerNetwork network;
    private final ExistingDataSetIterator batches;
    private final INDArray features;
    private final INDArray labels;

    Dl4jMnistMlp(MnistData data, int batchSize, long seed) {
        MultiLayerConfiguration conf =
                new NeuralNetConfiguration.Builder()
                        .seed(seed)
                        .dataType(DataType.FLOAT)
                        .weightInit(WeightInit.XAVIER_UNIFORM)
                        .updater(new RmsProp(0.001, 0.9, 1e-7))
                        .list()
                        .layer(
                                new DenseLayer.Builder()
                                        .nIn(784)
                                        .nOut(512)
                                        .activation(Activation.RELU)
                                        .build())
                        .layer(
                                new DenseLayer.Builder()
                                        .nIn(512)
                                        .nOut(512)
                                        .activation(Activation.RELU)
                                        .dropOut(0.8)
                                        .build())
                        .layer(
                                new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                                        .nIn(512)
                                        .nOut(MnistData.CLASSES)
                                        .activation(Activation.SOFTMAX)
                                        .dropOut(0.8)
                                        .build())
                        .build();
        network = new MultiLayerNetwork(conf);
        network.init();
        features = toNd4j(data.images());
        labels = toNd4j(data.labels());
        // Ready-made minibatches, handed over as they are: ListDataSetIterator would merge
        // `batch` of them into one step.
        List<DataSet> list = new DataSet(features, labels).batchBy(batchSize);
        batches = new ExistingDataSetIterator(list);
    }

    private static INDArray toNd4j(NDArray host) {
        int[] shape = host.shape();
        return Nd4j.create(host.toFloatArray(), new long[] {shape[0], shape[1]}, 'c');
    }

    /** Trains one epoch and returns {wall seconds, CPU seconds, last minibatch score}. */
    double[] epoch() {
        batches.reset();
        double cpu = CpuClock.seconds();
        long start = System.nanoTime();
        network.fit(batches);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new double[] {seconds, CpuClock.seconds() - cpu, network.score()};
    }

    /** Returns the accuracy on the training set, to show that both models learn. */
    double accuracy() {
        Evaluation evaluation =
                network.evaluate(
                        new ExistingDataSetIterator(new DataSet(features, labels).batchBy(1000)));
        return evaluation.accuracy();
    }
}

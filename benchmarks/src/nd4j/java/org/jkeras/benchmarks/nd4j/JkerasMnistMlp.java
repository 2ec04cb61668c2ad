package org.jkeras.benchmarks.nd4j;

import java.util.List;
import org.jkeras.CompileOptions;
import org.jkeras.FitOptions;
import org.jkeras.Sequential;
import org.jkeras.SequentialOptions;
import org.jkeras.layers.Dense;
import org.jkeras.layers.Dropout;
import org.jkeras.optimizers.RMSprop;

/** Keras 2's mnist_mlp model (784-512-512-10, relu, dropout 0.2, softmax, RMSprop) on jkeras. */
final class JkerasMnistMlp {

    private JkerasMnistMlp() {}

    static Sequential build(String backend, long seed) {
        Sequential model =
                Sequential.create(SequentialOptions.defaults().backend(backend).seed(seed));
        model.add(new Dense(512).activation("relu").inputShape(784));
        model.add(new Dropout(0.2));
        model.add(new Dense(512).activation("relu"));
        model.add(new Dropout(0.2));
        model.add(new Dense(MnistData.CLASSES).activation("softmax"));
        model.compile(
                CompileOptions.defaults()
                        .loss("categorical_crossentropy")
                        .optimizer(new RMSprop())
                        .metrics(List.of("accuracy")));
        return model;
    }

    /** Trains one epoch and returns {wall seconds, CPU seconds, loss, accuracy}. */
    static double[] epoch(Sequential model, MnistData data, int batchSize) {
        double cpu = CpuClock.seconds();
        long start = System.nanoTime();
        var history =
                model.fit(
                        data.images(),
                        data.labels(),
                        FitOptions.defaults().batchSize(batchSize).epochs(1).verbose(0));
        double seconds = (System.nanoTime() - start) / 1e9;
        return new double[] {
            seconds,
            CpuClock.seconds() - cpu, history.history().get("loss").get(0), history.history().get("accuracy").get(0)
        };
    }
}

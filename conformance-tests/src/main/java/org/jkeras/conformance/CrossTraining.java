package org.jkeras.conformance;

import java.util.List;
import java.util.SplittableRandom;
import org.jkeras.FitOptions;
import org.jkeras.History;
import org.jkeras.Sequential;
import org.jkeras.SequentialOptions;
import org.jkeras.layers.Dense;
import org.jkeras.ndarray.NDArray;

/**
 * The training case of {@link CrossBackendKit}: a 20-32-10 MLP (relu, softmax) fitted for three
 * epochs with RMSprop and categorical cross-entropy on generated data, with one seed, so that the
 * initial weights and the shuffles are the same on both backends; the per-epoch losses and
 * accuracies must agree.
 */
final class CrossTraining {

    private static final int SAMPLES = 512;
    private static final int FEATURES = 20;
    private static final int CLASSES = 10;
    private static final int EPOCHS = 3;

    private CrossTraining() {}

    static void addTo(List<CrossCases.Case> cases) {
        cases.add(
                new CrossCases.Case(
                        "cross.training.mlp-3-epochs-loss-trajectory",
                        Tolerance.GRADIENT,
                        (b, s, r) -> {
                            SplittableRandom data = CaseList.random("cross.training.data");
                            NDArray x = Ref.uniform(data, -1, 1, SAMPLES, FEATURES).toFloat32();
                            float[] labels = new float[SAMPLES * CLASSES];
                            for (int i = 0; i < SAMPLES; i++) {
                                labels[i * CLASSES + data.nextInt(CLASSES)] = 1;
                            }
                            NDArray y = NDArray.of(labels, SAMPLES, CLASSES);
                            Sequential model =
                                    Sequential.create(
                                            SequentialOptions.defaults().backend(b.name()).seed(7));
                            model.add(new Dense(32).activation("relu").inputShape(FEATURES));
                            model.add(new Dense(CLASSES).activation("softmax"));
                            model.compile(
                                    "rmsprop", "categorical_crossentropy", List.of("accuracy"));
                            History history =
                                    model.fit(
                                            x,
                                            y,
                                            FitOptions.defaults()
                                                    .epochs(EPOCHS)
                                                    .batchSize(32)
                                                    .verbose(0));
                            return List.of(series(history, "loss"), series(history, "accuracy"));
                        }));
    }

    private static NDArray series(History history, String key) {
        List<Double> values = history.history().get(key);
        if (values == null) {
            throw new AssertionError(
                    "history must record '"
                            + key
                            + "'. Received keys: "
                            + history.history().keySet());
        }
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i).floatValue();
        }
        return NDArray.of(out);
    }
}

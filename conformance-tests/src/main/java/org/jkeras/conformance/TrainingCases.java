package org.jkeras.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.jkeras.FitOptions;
import org.jkeras.History;
import org.jkeras.Sequential;
import org.jkeras.SequentialOptions;
import org.jkeras.layers.Dense;
import org.jkeras.ndarray.NDArray;
import org.jkeras.spi.BackendProvider;
import org.jkeras.spi.BinaryOp;

/**
 * An end-to-end run through the public API: a small Dense model fitted on generated data, created
 * by backend name, so that discovery, the engine and the backend work together.
 */
final class TrainingCases {

    private static final int SAMPLES = 128;
    private static final int FEATURES = 4;
    private static final int EPOCHS = 20;

    /**
     * The last epoch's loss must be below this fraction of the first's; a correct backend reaches
     * about 0.03 with this seed, so the bound leaves room for float32 differences in order.
     */
    private static final double REQUIRED_DROP = 0.1;

    private TrainingCases() {}

    static void addTo(CaseList list, BackendProvider provider) {
        list.add(
                "training.dense-regression-loss-falls",
                "training",
                scope -> {
                    SplittableRandom random = CaseList.random("training");
                    Ref x = Ref.uniform(random, -1, 1, SAMPLES, FEATURES);
                    Ref w = Ref.uniform(random, -1, 1, FEATURES, 1);
                    Ref y = x.matmul(w, false, false).binary(BinaryOp.ADD, Ref.full(0.5, 1));
                    Sequential model =
                            Sequential.create(
                                    SequentialOptions.defaults().backend(provider.name()).seed(1));
                    assertEquals(provider.name(), model.backendName(), "backend of the model");
                    model.add(new Dense(16).activation("tanh").inputShape(FEATURES));
                    model.add(new Dense(1));
                    model.compile("adam", "mean_squared_error");
                    NDArray inputs = x.toFloat32();
                    NDArray targets = y.toFloat32();
                    History history =
                            model.fit(
                                    inputs,
                                    targets,
                                    FitOptions.defaults().epochs(EPOCHS).batchSize(16).verbose(0));
                    List<Double> losses = history.history().get("loss");
                    assertEquals(EPOCHS, losses.size(), "one loss per epoch");
                    double first = losses.get(0);
                    double last = losses.get(EPOCHS - 1);
                    assertTrue(
                            Double.isFinite(last) && last < REQUIRED_DROP * first,
                            "the loss must fall below "
                                    + REQUIRED_DROP
                                    + " of its first value; losses: "
                                    + losses);
                });
    }
}

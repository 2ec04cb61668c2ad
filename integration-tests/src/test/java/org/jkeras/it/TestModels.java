package org.jkeras.it;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jkeras.engine.JKerasModelFactory;
import org.jkeras.engine.SequentialModel;
import org.jkeras.layers.Dense;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Backends;
import org.jkeras.training.ProgressOutput;

/** Models on the bundled backend, printing into a buffer the test can read. */
final class TestModels {

    final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    final Backend backend;

    TestModels() {
        this(Backends.create("cpu-java"));
    }

    TestModels(Backend backend) {
        this.backend = backend;
    }

    String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    SequentialModel empty(long seed) {
        ProgressOutput output =
                new ProgressOutput(
                        new PrintStream(printed, true, StandardCharsets.UTF_8),
                        false,
                        System::nanoTime);
        return new JKerasModelFactory().newSequential(backend, seed, output);
    }

    /** The seed's example: Dense(32) on 500 inputs, Dense(10, softmax), rmsprop, accuracy. */
    SequentialModel example(long seed) {
        SequentialModel model = empty(seed);
        model.add(new Dense(32).inputShape(500));
        model.add(new Dense(10).activation("softmax"));
        model.compile("rmsprop", "categorical_crossentropy", List.of("accuracy"));
        return model;
    }

    /** A small softmax classifier on {@code features} inputs, for fast tests. */
    SequentialModel small(long seed, int features, String optimizer) {
        SequentialModel model = empty(seed);
        model.add(new Dense(8).inputShape(features).activation("relu"));
        model.add(new Dense(3).activation("softmax"));
        model.compile(optimizer, "categorical_crossentropy", List.of("accuracy"));
        return model;
    }
}

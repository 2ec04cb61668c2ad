package org.jkeras.engine;

import com.google.inject.Guice;
import java.util.Objects;
import org.jkeras.ModelFactory;
import org.jkeras.Sequential;
import org.jkeras.SequentialOptions;
import org.jkeras.spi.Backend;
import org.jkeras.training.ProgressOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's {@link ModelFactory}, which {@link Sequential#create(SequentialOptions)} finds
 * through {@link java.util.ServiceLoader}: creates each model with its own backend and generator.
 *
 * <p>{@link #newSequential(Backend, long)} also takes a backend the caller made, for example one
 * decorated to trace or count its tensors.
 */
public final class JKerasModelFactory implements ModelFactory {

    private static final Logger LOG = LoggerFactory.getLogger(JKerasModelFactory.class);

    /** Creates the factory; {@link java.util.ServiceLoader} needs a public no-argument one. */
    public JKerasModelFactory() {}

    @Override
    public Sequential newSequential(SequentialOptions options) {
        Objects.requireNonNull(options, "options");
        Backend backend = BackendSource.create(options.backend());
        long seed = options.seed() != null ? options.seed() : System.nanoTime();
        return newSequential(backend, seed);
    }

    /**
     * Creates an empty model computing on {@code backend}, whose random draws follow from {@code
     * seed}. The caller keeps ownership of the backend.
     */
    public SequentialModel newSequential(Backend backend, long seed) {
        return newSequential(backend, seed, ProgressOutput.standardOutput());
    }

    /** Creates an empty model as {@link #newSequential(Backend, long)}, printing to {@code out}. */
    public SequentialModel newSequential(Backend backend, long seed, ProgressOutput out) {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(out, "out");
        LOG.debug("creating a model on backend {} with seed {}", backend.name(), seed);
        return Guice.createInjector(new EngineModule(backend, seed, out))
                .getInstance(SequentialModel.class);
    }
}

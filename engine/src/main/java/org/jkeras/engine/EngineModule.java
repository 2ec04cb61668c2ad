package org.jkeras.engine;

import com.google.inject.AbstractModule;
import org.jkeras.random.SeededRandom;
import org.jkeras.spi.Backend;
import org.jkeras.training.ProgressOutput;

/**
 * The object graph of one model: its backend, its one random generator, and where progress output
 * goes.
 */
final class EngineModule extends AbstractModule {

    private final Backend backend;
    private final long seed;
    private final ProgressOutput progress;

    EngineModule(Backend backend, long seed, ProgressOutput progress) {
        this.backend = backend;
        this.seed = seed;
        this.progress = progress;
    }

    @Override
    protected void configure() {
        bind(Backend.class).toInstance(backend);
        bind(SeededRandom.class).toInstance(new SeededRandom(seed));
        bind(ProgressOutput.class).toInstance(progress);
        bind(ModelRegistries.class).toInstance(new ModelRegistries());
    }
}

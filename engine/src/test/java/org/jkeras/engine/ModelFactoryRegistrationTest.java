package org.jkeras.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.ServiceLoader;
import org.jkeras.ModelFactory;
import org.jkeras.layers.Dense;
import org.jkeras.testing.HostBackend;
import org.junit.jupiter.api.Test;

class ModelFactoryRegistrationTest {

    @Test
    void serviceLoaderFindsTheEnginesFactory() {
        ModelFactory factory = ServiceLoader.load(ModelFactory.class).findFirst().orElseThrow();
        assertInstanceOf(JKerasModelFactory.class, factory);
    }

    @Test
    void eachModelGetsItsOwnGeneratorFromItsSeed() {
        JKerasModelFactory factory = new JKerasModelFactory();
        HostBackend backend = new HostBackend();
        SequentialModel first = factory.newSequential(backend, 8);
        SequentialModel second = factory.newSequential(backend, 8);
        first.add(new Dense(4).inputShape(3));
        second.add(new Dense(4).inputShape(3));
        assertNotSame(first, second);
        assertEquals(first.getWeights(), second.getWeights());
    }
}

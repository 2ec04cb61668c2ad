package org.jkeras.cli;

import java.lang.reflect.Method;
import java.util.Set;
import org.jkeras.spi.Backend;

/**
 * cpu-java wrong only in training: the fused SGD and RMSprop updates step twice as far. Its forward
 * pass is exact, so {@code compare} agrees on the initial weights (epoch 0) and parts from epoch 1.
 */
public final class PerturbedUpdateBackendProvider extends PerturbedCpuJavaProvider {

    static final String NAME = "perturbed-update-cpu-java";

    private static final double SCALE = 2.0;

    /** The fused updates whose fourth argument is the learning rate. */
    private static final Set<String> UPDATES = Set.of("sgdUpdate", "rmspropUpdate");

    private static final int LEARNING_RATE = 3;

    /** Creates the provider; ServiceLoader needs this public constructor. */
    public PerturbedUpdateBackendProvider() {
        super(NAME, "update scaled by " + SCALE);
    }

    @Override
    Object call(Backend delegate, Method method, Object[] args) throws Throwable {
        if (UPDATES.contains(method.getName())) {
            args[LEARNING_RATE] = (double) args[LEARNING_RATE] * SCALE;
        }
        return exact(delegate, method, args);
    }
}

package org.jkeras.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import org.jkeras.spi.Availability;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BackendProvider;
import org.jkeras.spi.Backends;

/**
 * A backend wrong only in training: cpu-java with the fused SGD and RMSprop updates stepping twice
 * as far. Its forward pass is exact, so {@code compare} agrees on the initial weights (epoch 0) and
 * parts from epoch 1. Found through the test classpath's {@code META-INF/services}.
 */
public final class PerturbedUpdateBackendProvider implements BackendProvider {

    static final String NAME = "perturbed-update-cpu-java";

    private static final double SCALE = 2.0;

    /** The fused updates whose fourth argument is the learning rate. */
    private static final Set<String> UPDATES = Set.of("sgdUpdate", "rmspropUpdate");

    private static final int LEARNING_RATE = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return "test";
    }

    @Override
    public String device() {
        return "cpu, update scaled by " + SCALE;
    }

    @Override
    public int rank() {
        return 0;
    }

    @Override
    public Availability availability() {
        return Availability.ok();
    }

    @Override
    public Backend create() {
        Backend delegate = Backends.create("cpu-java");
        InvocationHandler handler = (proxy, method, args) -> call(delegate, method, args);
        return (Backend)
                Proxy.newProxyInstance(
                        Backend.class.getClassLoader(), new Class<?>[] {Backend.class}, handler);
    }

    private static Object call(Backend delegate, Method method, Object[] args) throws Throwable {
        if (UPDATES.contains(method.getName())) {
            args[LEARNING_RATE] = (double) args[LEARNING_RATE] * SCALE;
        }
        try {
            return method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

package org.jkeras.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.jkeras.spi.Availability;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BackendProvider;
import org.jkeras.spi.Backends;

/**
 * A deliberately wrong backend, as a third party's might be: cpu-java behind a proxy that hands
 * each call to {@link #call}, where a subclass perturbs one op. Subclasses are found through the
 * test classpath's {@code META-INF/services}, as any backend jar is.
 */
abstract class PerturbedCpuJavaProvider implements BackendProvider {

    private final String name;
    private final String perturbation;

    PerturbedCpuJavaProvider(String name, String perturbation) {
        this.name = name;
        this.perturbation = perturbation;
    }

    /** Runs {@code method} on {@code delegate}, cpu-java, perturbing it or not. */
    abstract Object call(Backend delegate, Method method, Object[] args) throws Throwable;

    /** Runs {@code method} on {@code delegate} unchanged, unwrapping what it throws. */
    static Object exact(Backend delegate, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String version() {
        return "test";
    }

    @Override
    public final String device() {
        return "cpu, " + perturbation;
    }

    @Override
    public final int rank() {
        return 0;
    }

    @Override
    public final Availability availability() {
        return Availability.ok();
    }

    @Override
    public final Backend create() {
        Backend delegate = Backends.create("cpu-java");
        InvocationHandler handler = (proxy, method, args) -> call(delegate, method, args);
        return (Backend)
                Proxy.newProxyInstance(
                        Backend.class.getClassLoader(), new Class<?>[] {Backend.class}, handler);
    }
}

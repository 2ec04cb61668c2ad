package org.jkeras.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.jkeras.spi.Availability;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BackendProvider;
import org.jkeras.spi.Backends;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.Tensor;

/**
 * A deliberately wrong backend, as a third party's might be: cpu-java with one op perturbed, the
 * fused Dense op returning its result scaled by 1.05. Found through the test classpath's {@code
 * META-INF/services}, as any backend jar is.
 */
public final class PerturbedBackendProvider implements BackendProvider {

    static final String NAME = "perturbed-cpu-java";

    private static final double SCALE = 1.05;

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
        return "cpu, dense scaled by " + SCALE;
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
        Object result;
        try {
            result = method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (!method.getName().equals("dense")) {
            return result;
        }
        try (Tensor exact = (Tensor) result;
                Tensor scale = delegate.scalar(SCALE)) {
            return delegate.binary(BinaryOp.MUL, exact, scale);
        }
    }
}

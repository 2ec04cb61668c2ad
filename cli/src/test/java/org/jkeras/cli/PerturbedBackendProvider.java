package org.jkeras.cli;

import java.lang.reflect.Method;
import org.jkeras.spi.Backend;
import org.jkeras.spi.BinaryOp;
import org.jkeras.spi.Tensor;

/** cpu-java with one forward op wrong: the fused Dense op returns its result scaled by 1.05. */
public final class PerturbedBackendProvider extends PerturbedCpuJavaProvider {

    static final String NAME = "perturbed-cpu-java";

    private static final double SCALE = 1.05;

    /** Creates the provider; ServiceLoader needs this public constructor. */
    public PerturbedBackendProvider() {
        super(NAME, "dense scaled by " + SCALE);
    }

    @Override
    Object call(Backend delegate, Method method, Object[] args) throws Throwable {
        Object result = exact(delegate, method, args);
        if (!method.getName().equals("dense")) {
            return result;
        }
        try (Tensor exact = (Tensor) result;
                Tensor scale = delegate.scalar(SCALE)) {
            return delegate.binary(BinaryOp.MUL, exact, scale);
        }
    }
}

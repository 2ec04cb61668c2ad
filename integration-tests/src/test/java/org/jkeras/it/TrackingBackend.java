package org.jkeras.it;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.jkeras.spi.Backend;
import org.jkeras.spi.Tensor;

/**
 * Wraps a backend to remember every tensor its ops return, so a test can check that the engine
 * closed all those it created. A backend's own temporaries inside a fused op are not seen.
 */
final class TrackingBackend {

    private final Backend backend;
    private final List<Tensor> created = new ArrayList<>();

    TrackingBackend(Backend delegate) {
        InvocationHandler handler =
                (proxy, method, args) -> {
                    try {
                        Object result = method.invoke(delegate, args);
                        if (result instanceof Tensor tensor) {
                            created.add(tensor);
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                };
        backend =
                (Backend)
                        Proxy.newProxyInstance(
                                Backend.class.getClassLoader(),
                                new Class<?>[] {Backend.class},
                                handler);
    }

    Backend backend() {
        return backend;
    }

    /** Returns how many tensors made since the last {@link #forget()} are still open. */
    long openCount() {
        return created.stream().filter(t -> !t.isClosed()).count();
    }

    /** Stops tracking the tensors made so far, such as a test's own inputs. */
    void forget() {
        created.clear();
    }
}

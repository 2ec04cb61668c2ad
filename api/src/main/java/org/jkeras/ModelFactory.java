package org.jkeras;

/**
 * The entry point of an engine, found with {@link java.util.ServiceLoader} by {@link
 * Sequential#create(SequentialOptions)}. The engine module registers the one implementation.
 */
public interface ModelFactory {

    /** Creates an empty model with the given options. */
    Sequential newSequential(SequentialOptions options);
}

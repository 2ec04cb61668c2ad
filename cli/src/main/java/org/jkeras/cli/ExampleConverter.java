package org.jkeras.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --example}; picocli prefixes the message with the option's name. */
final class ExampleConverter implements ITypeConverter<Example> {

    @Override
    public Example convert(String value) {
        try {
            return Example.named(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}

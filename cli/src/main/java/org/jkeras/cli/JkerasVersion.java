package org.jkeras.cli;

import picocli.CommandLine.IVersionProvider;

/** The version {@code jkeras --version} prints: the jar's, as Maven built it. */
final class JkerasVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = JkerasVersion.class.getPackage().getImplementationVersion();
        return new String[] {"jkeras " + (version == null ? "(development build)" : version)};
    }
}

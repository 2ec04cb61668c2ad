package org.jkeras.conformance;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.security.CodeSource;
import java.util.Set;
import java.util.TreeSet;
import org.jkeras.spi.Backend;

/**
 * The architecture rule every backend keeps: of jkeras's own classes, it uses the api's alone,
 * never the engine's, the kit's or another backend's. The rule is read off the bytecode of every
 * class that was loaded from the same place (folder or jar) as the backend's provider, and a
 * class's module is told by where it was loaded from, so the rule holds for a vendor's backend as
 * for ours.
 */
final class ApiOnlyDependencies {

    private ApiOnlyDependencies() {}

    /**
     * Returns each offending dependency as {@code origin -> target (location)}, sorted; empty when
     * the backend keeps the rule.
     */
    static Set<String> violations(Class<?> providerClass) {
        URL own = locationOf(providerClass);
        URL api = locationOf(Backend.class);
        ClassLoader loader = providerClass.getClassLoader();
        Set<String> found = new TreeSet<>();
        for (JavaClass origin : classesAt(own)) {
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (target.isArray()) {
                    target = target.getBaseComponentType();
                }
                String name = target.getName();
                if (!name.startsWith("org.jkeras.")) {
                    continue;
                }
                URL where = locationOf(load(name, loader));
                if (!own.equals(where) && !api.equals(where)) {
                    found.add(origin.getName() + " -> " + name + " (" + where + ")");
                }
            }
        }
        return found;
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("class " + name + " is not on the class path", e);
        }
    }

    private static URL locationOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot tell where " + type.getName() + " came from");
        }
        return source.getLocation();
    }

    /** Reads every class in a class-path folder, or in a jar, as a vendor's backend may be. */
    static JavaClasses classesAt(URL location) {
        try {
            URI uri = location.toURI();
            if (location.getPath().endsWith(".jar")) {
                uri = URI.create("jar:" + uri + "!/");
            }
            return new ClassFileImporter().importLocations(Set.of(Location.of(uri)));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("not a valid class-path location: " + location, e);
        }
    }
}

package org.jkeras.it.keras;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkeras.ndarray.NDArray;

/** Small conversions from jHDF's objects to the values the tests compare. */
final class Hdf5 {

    static {
        // jHDF logs each file opened and group read at info; the test output only needs warnings.
        System.setProperty("org.slf4j.simpleLogger.log.io.jhdf", "warn");
    }

    private Hdf5() {}

    /** Opens {@code path} read-only; the caller closes it. */
    static HdfFile open(Path path) {
        return new HdfFile(path);
    }

    /** Reads a float32 dataset whole, with its shape. */
    static NDArray floats(Dataset dataset) {
        if (dataset.getJavaType() != float.class) {
            throw new IllegalArgumentException(
                    dataset.getPath()
                            + ": expected a float32 dataset. Received: "
                            + dataset.getJavaType());
        }
        return NDArray.of((float[]) dataset.getDataFlat(), dataset.getDimensions());
    }

    /** Reads every dataset directly under {@code group}, by name, in the file's order. */
    static Map<String, NDArray> floatsUnder(Group group) {
        Map<String, NDArray> read = new LinkedHashMap<>();
        for (Node child : group.getChildren().values()) {
            if (child instanceof Dataset dataset) {
                read.put(child.getName(), floats(dataset));
            }
        }
        return read;
    }

    /** Returns the group {@code name} directly under {@code parent}. */
    static Group group(Group parent, String name) {
        Node child = parent.getChild(name);
        if (!(child instanceof Group group)) {
            throw new IllegalArgumentException(
                    parent.getPath()
                            + ": expected a group '"
                            + name
                            + "'. Received: "
                            + parent.getChildren().keySet());
        }
        return group;
    }

    /** Reads a string attribute, which Keras writes as a scalar string. */
    static String string(Node node, String name) {
        Attribute attribute = requireAttribute(node, name);
        Object data = attribute.getData();
        if (!(data instanceof String text)) {
            throw new IllegalArgumentException(
                    node.getPath() + "@" + name + ": expected a string. Received: " + data);
        }
        return text;
    }

    /**
     * Reads an attribute Keras writes as an array of fixed-length strings; a layer without weights
     * stores an empty float64 array in its place, read here as no strings.
     */
    static List<String> strings(Node node, String name) {
        Object data = requireAttribute(node, name).getData();
        if (data instanceof String[] values) {
            return Arrays.asList(values);
        }
        if (data == null || data.getClass().isArray() && Array.getLength(data) == 0) {
            return List.of();
        }
        throw new IllegalArgumentException(
                node.getPath() + "@" + name + ": expected an array of strings. Received: " + data);
    }

    private static Attribute requireAttribute(Node node, String name) {
        Attribute attribute = node.getAttribute(name);
        if (attribute == null) {
            throw new IllegalArgumentException(
                    node.getPath()
                            + ": expected an attribute '"
                            + name
                            + "'. Received: attributes "
                            + node.getAttributes().keySet());
        }
        return attribute;
    }
}

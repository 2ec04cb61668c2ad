package org.jkeras.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FlatJsonTest {

    @Test
    void readsStringsNumbersBooleansAndNull() {
        Map<String, String> members =
                FlatJson.parse(
                        "{ \"backend\" : \"cpu-java\", \"epsilon\": 1e-07, \"x\": true, \"y\":"
                                + " null }");

        assertEquals("cpu-java", members.get("backend"));
        assertEquals("1e-07", members.get("epsilon"));
        assertEquals("true", members.get("x"));
        assertNull(members.get("y"));
    }

    @Test
    void readsEscapes() {
        assertEquals("a\"b\\c\u00e9", FlatJson.parse("{\"k\": \"a\\\"b\\\\c\\u00e9\"}").get("k"));
    }

    @Test
    void readsAnEmptyObject() {
        assertEquals(Map.of(), FlatJson.parse("  {}  "));
    }

    @Test
    void rejectsTrailingInput() {
        assertThrows(IllegalArgumentException.class, () -> FlatJson.parse("{} x"));
    }

    @Test
    void rejectsNestedObjects() {
        assertThrows(IllegalArgumentException.class, () -> FlatJson.parse("{\"a\": {}}"));
    }
}

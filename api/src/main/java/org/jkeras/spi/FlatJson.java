package org.jkeras.spi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a JSON object whose values are strings, numbers, booleans or null: all that {@code
 * jkeras.json} holds. The api depends on the JDK alone, so it carries this small reader instead of
 * a JSON library.
 */
final class FlatJson {

    private final String text;
    private int position;

    private FlatJson(String text) {
        this.text = text;
    }

    /**
     * Returns the object's members, every value as its text (null for JSON null).
     *
     * @throws IllegalArgumentException if the text is not such an object
     */
    static Map<String, String> parse(String text) {
        FlatJson reader = new FlatJson(text);
        reader.skipSpace();
        Map<String, String> members = reader.object();
        reader.skipSpace();
        if (reader.position != text.length()) {
            throw reader.error("end of input");
        }
        return members;
    }

    private Map<String, String> object() {
        Map<String, String> members = new LinkedHashMap<>();
        expect('{');
        skipSpace();
        if (peek() == '}') {
            position++;
            return members;
        }
        while (true) {
            skipSpace();
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            members.put(key, value());
            skipSpace();
            char next = next();
            if (next == '}') {
                return members;
            }
            if (next != ',') {
                position--;
                throw error("',' or '}'");
            }
        }
    }

    private String value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        int start = position;
        while (position < text.length() && ",} \t\r\n".indexOf(text.charAt(position)) < 0) {
            position++;
        }
        String literal = text.substring(start, position);
        if (literal.equals("null")) {
            return null;
        }
        if (literal.equals("true") || literal.equals("false") || literal.matches("-?[0-9.eE+-]+")) {
            return literal;
        }
        position = start;
        throw error("a string, number, boolean or null");
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = next();
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (position + 4 > text.length()) {
                        throw error("four hex digits");
                    }
                    out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    position += 4;
                }
                default -> out.append(escaped);
            }
        }
    }

    private void expect(char expected) {
        if (position >= text.length() || text.charAt(position) != expected) {
            throw error("'" + expected + "'");
        }
        position++;
    }

    private char peek() {
        if (position >= text.length()) {
            throw error("more input");
        }
        return text.charAt(position);
    }

    private char next() {
        char c = peek();
        position++;
        return c;
    }

    private void skipSpace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException(
                "expected " + expected + " at character " + position + " of " + text.strip());
    }
}

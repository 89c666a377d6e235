package app.backline.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Lenient field access for archive JSON, where numbers are often strings, fields come and go, and
 * (TikTok) the same field is spelt {@code Date} in one list and {@code date} in the next.
 */
final class JsonFields {

    private JsonFields() {
    }

    /** The field as text; {@code null} when missing, JSON null, a container, or empty. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }

    /** The field as a whole number, whether written as a number or a string; {@code null} otherwise. */
    static Long number(JsonNode node, String field) {
        return number(node == null ? null : node.get(field));
    }

    /** A value as a whole number, whether written as a number or a string; {@code null} otherwise. */
    static Long number(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        String text = value.isTextual() ? value.asText().strip() : "";
        try {
            return text.isEmpty() ? null : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The first of {@code fields} that has {@link #text text}. */
    static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The field whose name equals {@code field} ignoring case (the exact spelling first); {@code null} if none. */
    static JsonNode fieldIgnoringCase(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode exact = node.get(field);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (entry.getKey().equalsIgnoreCase(field)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Like {@link #firstText}, with field names matched ignoring case. */
    static String firstTextIgnoringCase(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = fieldIgnoringCase(node, field);
            if (value != null && !value.isNull() && !value.isContainerNode() && !value.asText().isEmpty()) {
                return value.asText();
            }
        }
        return null;
    }
}

package app.backline.importer;

import com.fasterxml.jackson.databind.JsonNode;

/** Lenient field access for archive JSON, where numbers are often strings and fields come and go. */
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
        JsonNode value = node == null ? null : node.get(field);
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
}

package io.corpuscope.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.corpuscope.config.FieldMapping;
import io.corpuscope.ingest.RawRecord;
import java.util.Map;

/**
 * Copies the mapped article fields of a parsed JSON object (or a CSV row seen as one) into a
 * {@link RawRecord}. The text must be a string; other fields may be strings or numbers (an
 * epoch date, a numeric id). Anything else makes the record a {@code bad_field_type}.
 */
final class FieldExtractor {
  private final FieldMapping mapping;

  FieldExtractor(FieldMapping mapping) {
    this.mapping = mapping;
  }

  /** Fills {@code record} from {@code object}; returns false when a field has the wrong type. */
  boolean fill(JsonNode object, RawRecord record, String rawLine) {
    for (String field : FieldMapping.FIELDS) {
      JsonNode node = at(object, mapping.sourceOf(field));
      if (node == null || node.isNull() || node.isMissingNode()) {
        continue;
      }
      boolean textual = node.isTextual();
      boolean scalar = textual || node.isNumber() || node.isBoolean();
      if (field.equals("text") ? !textual : !scalar) {
        record.problem("bad_field_type", "field '" + mapping.sourceOf(field) + "' (" + field + ") is "
            + describe(node) + ", expected " + (field.equals("text") ? "a string" : "a string or number"), rawLine);
        return false;
      }
      set(record, field, node.isNumber() ? node.numberValue().toString() : node.asText());
    }
    return true;
  }

  /** Fills {@code record} from a row of named string values (CSV). */
  void fill(Map<String, String> row, RawRecord record) {
    for (String field : FieldMapping.FIELDS) {
      String v = row.get(mapping.sourceOf(field));
      if (v != null) {
        set(record, field, v);
      }
    }
  }

  /** The input column the article text is read from. */
  String textColumn() {
    return mapping.sourceOf("text");
  }

  static JsonNode at(JsonNode object, String dottedPath) {
    JsonNode node = object;
    for (String part : dottedPath.split("\\.")) {
      if (node == null || !node.isObject()) {
        return null;
      }
      node = node.get(part);
    }
    return node;
  }

  private static String describe(JsonNode node) {
    return node.isNumber() ? "a number" : node.isObject() ? "an object" : node.isArray() ? "an array"
        : node.isBoolean() ? "a boolean" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

  static void set(RawRecord record, String field, String value) {
    switch (field) {
      case "id" -> record.setId(value);
      case "source" -> record.setSource(value);
      case "url" -> record.setUrl(value);
      case "title" -> record.setTitle(value);
      case "text" -> record.setText(value);
      case "published_date" -> record.setPublishedDate(value);
      case "year" -> record.setYear(value);
      default -> throw new IllegalArgumentException(field);
    }
  }
}

package io.corpuscope.config;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each article field is found in an input record: {@code text=body} reads the article
 * text from the {@code body} field; a dotted source ({@code year=meta.year}) reaches into
 * nested JSON. Fields not named keep their default source; unknown input fields are ignored.
 */
public final class FieldMapping implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The article fields an input may provide. {@code year} is the fallback for year-only dates. */
  public static final Set<String> FIELDS = Set.of("id", "source", "url", "title", "text", "published_date", "year");

  static final List<String> DEFAULT_ENTRIES = List.of(
      "id=id", "source=source", "url=url", "title=title", "text=text",
      "published_date=published_date", "year=meta.year");

  private final Map<String, String> sources;

  private FieldMapping(Map<String, String> sources) {
    this.sources = Map.copyOf(sources);
  }

  public static FieldMapping defaults() {
    return parse(DEFAULT_ENTRIES);
  }

  /** Parses {@code NAME=SOURCE} entries over the defaults; later entries win. */
  public static FieldMapping parse(List<String> entries) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String d : DEFAULT_ENTRIES) {
      put(map, d);
    }
    for (String e : entries) {
      put(map, e);
    }
    return new FieldMapping(map);
  }

  private static void put(Map<String, String> map, String entry) {
    int eq = entry.indexOf('=');
    if (eq <= 0 || eq == entry.length() - 1) {
      throw new IllegalArgumentException("'" + entry + "' is not NAME=SOURCE, e.g. text=body");
    }
    String name = entry.substring(0, eq).trim();
    if (!FIELDS.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is not an article field; use one of " + FIELDS);
    }
    map.put(name, entry.substring(eq + 1).trim());
  }

  /** The input field (possibly a dotted path) that holds article field {@code name}. */
  public String sourceOf(String name) {
    return sources.get(name);
  }

  public Map<String, String> asMap() {
    return sources;
  }
}

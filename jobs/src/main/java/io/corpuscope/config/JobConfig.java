package io.corpuscope.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The immutable, validated configuration of one run. Built only by {@link ConfigResolver}, so
 * every value here has passed its key's bounds.
 */
public final class JobConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, Object> values;
  private final Map<String, List<String>> raw;

  JobConfig(Map<ConfigKey<?>, Object> values, Map<String, List<String>> raw) {
    java.util.HashMap<String, Object> byName = new java.util.HashMap<>();
    values.forEach((k, v) -> byName.put(k.name(), v));
    this.values = java.util.Collections.unmodifiableMap(byName);
    this.raw = Map.copyOf(raw);
  }

  /** The defaults alone, for tests and tools that need no command line. */
  public static JobConfig defaults() {
    return new ConfigResolver(Map.of()).resolve(Map.of());
  }

  /** This configuration with {@code key} set to {@code values}, validated again (for tools such as bench). */
  public JobConfig with(String key, String... values) {
    Map<String, List<String>> given = new java.util.LinkedHashMap<>(raw);
    given.put(key, List.of(values));
    return new ConfigResolver(Map.of()).resolve(given);
  }

  @SuppressWarnings("unchecked")
  public <T> T get(ConfigKey<T> key) {
    return (T) values.get(key.name());
  }

  /** The effective configuration as JSON, recorded in the run manifest. */
  public String toJson() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode node = mapper.createObjectNode();
    for (ConfigKey<?> key : ConfigKeys.ALL) {
      List<String> v = raw.get(key.name());
      if (key.multiValued()) {
        v.forEach(node.withArray(key.name())::add);
      } else if (!v.isEmpty()) {
        node.put(key.name(), v.get(v.size() - 1));
      }
    }
    return node.toString();
  }
}

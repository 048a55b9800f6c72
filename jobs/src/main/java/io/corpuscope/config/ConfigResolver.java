package io.corpuscope.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.corpuscope.errors.CorpuscopeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the one {@link JobConfig} of a run. Precedence, highest first: command line,
 * environment ({@code CORPUSCOPE_PERIOD=week}), config file ({@code --config}), default.
 * Every failure is a usage error naming the key and why.
 */
public final class ConfigResolver {
  private final Map<String, String> environment;

  public ConfigResolver(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** Resolves the configuration from the raw command-line values, keyed by key name. */
  public JobConfig resolve(Map<String, List<String>> commandLine) {
    Map<String, List<String>> raw = new LinkedHashMap<>();
    for (ConfigKey<?> key : ConfigKeys.ALL) {
      raw.put(key.name(), key.defaults());
    }
    String configFile = last(commandLine.get(ConfigKeys.CONFIG.name()));
    if (configFile == null) {
      configFile = environment.get(ConfigKeys.CONFIG.envName());
    }
    if (configFile != null) {
      overlay(raw, readFile(Path.of(configFile)));
    }
    Map<String, List<String>> fromEnv = new HashMap<>();
    for (ConfigKey<?> key : ConfigKeys.ALL) {
      String v = environment.get(key.envName());
      if (v != null) {
        fromEnv.put(key.name(), key.multiValued() ? splitList(v) : List.of(v));
      }
    }
    overlay(raw, fromEnv);
    overlay(raw, commandLine);

    Map<ConfigKey<?>, Object> values = new LinkedHashMap<>();
    for (ConfigKey<?> key : ConfigKeys.ALL) {
      try {
        values.put(key, key.parse(raw.get(key.name())));
      } catch (IllegalArgumentException e) {
        throw CorpuscopeException.usage(key.optionName() + ": " + e.getMessage());
      }
    }
    checkRelations(values);
    return new JobConfig(values, raw);
  }

  /**
   * What no single key's bounds can say, checked before any Spark session starts: date ranges
   * the right way round, and an output root that is not a regular file (local paths; a file
   * system URI is checked when the run takes its lock).
   */
  private static void checkRelations(Map<ConfigKey<?>, Object> values) {
    java.time.LocalDate since = (java.time.LocalDate) values.get(ConfigKeys.SINCE);
    java.time.LocalDate until = (java.time.LocalDate) values.get(ConfigKeys.UNTIL);
    if (since != null && until != null && until.isBefore(since)) {
      throw CorpuscopeException.usage("--until " + until + " is before --since " + since);
    }
    java.time.LocalDate earliest = (java.time.LocalDate) values.get(ConfigKeys.EARLIEST_DATE);
    java.time.LocalDate latest = (java.time.LocalDate) values.get(ConfigKeys.LATEST_DATE);
    if (earliest != null && latest != null && latest.isBefore(earliest)) {
      throw CorpuscopeException.usage("--latest-date " + latest + " is before --earliest-date " + earliest);
    }
    String output = (String) values.get(ConfigKeys.OUTPUT);
    if (output != null && !output.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") && Files.isRegularFile(Path.of(output))) {
      throw CorpuscopeException.usage("--output " + output + ": is a file, not a folder");
    }
  }

  private static void overlay(Map<String, List<String>> raw, Map<String, List<String>> over) {
    for (Map.Entry<String, List<String>> e : over.entrySet()) {
      if (e.getValue() != null && !e.getValue().isEmpty()) {
        raw.put(e.getKey(), e.getValue());
      }
    }
  }

  /** Reads a JSON or YAML config file into raw values; unknown keys are a usage error. */
  static Map<String, List<String>> readFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    ObjectMapper mapper = name.endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
    JsonNode root;
    try {
      root = mapper.readTree(Files.readString(file));
    } catch (java.nio.file.NoSuchFileException e) {
      throw CorpuscopeException.usage("--config: file " + file + " does not exist");
    } catch (IOException e) {
      throw CorpuscopeException.usage("--config: " + file + " is not valid JSON or YAML: "
          + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || root.isNull() || root.isMissingNode()) {
      return Map.of();
    }
    if (!root.isObject()) {
      throw CorpuscopeException.usage("--config: " + file + " must hold a mapping of keys to values");
    }
    Map<String, List<String>> raw = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      if (ConfigKeys.ALL.stream().noneMatch(k -> k.name().equals(key))) {
        throw CorpuscopeException.usage("--config: " + file + " has unknown key '" + key
            + "'; keys are the long option names without dashes, e.g. period or max-bad-fraction");
      }
      raw.put(key, values(e.getValue()));
    }
    return raw;
  }

  private static List<String> values(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else if (node.isObject()) {
      // a mapping such as field: {text: body}
      node.fields().forEachRemaining(f -> out.add(f.getKey() + "=" + f.getValue().asText()));
    } else if (!node.isNull()) {
      out.add(node.asText());
    }
    return out;
  }

  private static List<String> splitList(String v) {
    List<String> out = new ArrayList<>();
    for (String s : v.split(",")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  private static String last(List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
  }
}

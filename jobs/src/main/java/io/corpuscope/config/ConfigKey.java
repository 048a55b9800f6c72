package io.corpuscope.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One configuration key: its name (the same on the command line as {@code --name}, in the
 * config file and, upper-cased, as {@code CORPUSCOPE_NAME} in the environment), its default,
 * a description for {@code --help}, and a parser that enforces the key's bounds.
 *
 * <p>Values arrive as lists of strings from every source (a scalar key takes the last one), so
 * that precedence is decided in one place: {@link ConfigResolver}.
 *
 * @param <T> the parsed type
 */
public final class ConfigKey<T> {
  private final String name;
  private final List<String> defaults;
  private final String paramLabel;
  private final String description;
  private final boolean multiValued;
  private final boolean flag;
  private final Function<List<String>, T> parser;

  private ConfigKey(
      String name,
      List<String> defaults,
      String paramLabel,
      String description,
      boolean multiValued,
      boolean flag,
      Function<List<String>, T> parser) {
    this.name = name;
    this.defaults = List.copyOf(defaults);
    this.paramLabel = paramLabel;
    this.description = description;
    this.multiValued = multiValued;
    this.flag = flag;
    this.parser = parser;
  }

  public static ConfigKey<String> string(String name, String def, String label, String description) {
    return scalar(name, def, label, description, s -> s);
  }

  public static ConfigKey<Integer> integer(String name, int def, int min, int max, String description) {
    return scalar(name, Integer.toString(def), "N", description + " (" + min + " to " + max + ")", s -> {
      int v;
      try {
        v = Integer.parseInt(s.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + s + "' is not a whole number");
      }
      if (v < min || v > max) {
        throw new IllegalArgumentException(v + " is outside " + min + " to " + max);
      }
      return v;
    });
  }

  public static ConfigKey<Double> decimal(String name, double def, double min, double max, String description) {
    return scalar(name, Double.toString(def), "F", description + " (" + min + " to " + max + ")", s -> {
      double v;
      try {
        v = Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + s + "' is not a number");
      }
      if (!(v >= min && v <= max)) {
        throw new IllegalArgumentException(s.trim() + " is outside " + min + " to " + max);
      }
      return v;
    });
  }

  public static <E extends Enum<E>> ConfigKey<E> choice(String name, E def, Class<E> type, String description) {
    String allowed = Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining("|"));
    return scalar(name, def.name().toLowerCase(Locale.ROOT), allowed, description, s -> {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(s.trim())) {
          return e;
        }
      }
      throw new IllegalArgumentException("'" + s + "' is not one of " + allowed);
    });
  }

  public static ConfigKey<Boolean> flag(String name, String description) {
    return new ConfigKey<>(name, List.of("false"), "", description, false, true, values -> {
      String s = values.get(values.size() - 1).trim().toLowerCase(Locale.ROOT);
      if (s.equals("true") || s.equals("false")) {
        return Boolean.parseBoolean(s);
      }
      throw new IllegalArgumentException("'" + s + "' is not true or false");
    });
  }

  public static <T> ConfigKey<T> scalar(
      String name, String def, String label, String description, Function<String, T> parse) {
    return new ConfigKey<>(name, def == null ? List.of() : List.of(def), label, description, false, false,
        values -> values.isEmpty() ? null : parse.apply(values.get(values.size() - 1)));
  }

  public static <T> ConfigKey<T> list(
      String name, List<String> defs, String label, String description, Function<List<String>, T> parse) {
    return new ConfigKey<>(name, defs, label, description, true, false, parse);
  }

  public String name() {
    return name;
  }

  public String optionName() {
    return "--" + name;
  }

  public String envName() {
    return "CORPUSCOPE_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  public List<String> defaults() {
    return defaults;
  }

  /** The default as {@code --help} prints it. */
  public String defaultText() {
    return defaults.isEmpty() ? "(none)" : String.join(" ", defaults);
  }

  public String paramLabel() {
    return paramLabel;
  }

  public String description() {
    return description;
  }

  public boolean multiValued() {
    return multiValued;
  }

  public boolean isFlag() {
    return flag;
  }

  /** Parses raw values; an {@link IllegalArgumentException} says why they are out of bounds. */
  public T parse(List<String> values) {
    return parser.apply(Objects.requireNonNull(values));
  }

  @Override
  public String toString() {
    return name;
  }
}

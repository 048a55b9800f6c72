package io.corpuscope.cli;

import io.corpuscope.config.ConfigKey;
import io.corpuscope.config.ConfigKeys;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Turns every {@link ConfigKeys} entry into a command-line option of a subcommand, so the
 * options, the config file and {@code --help} can never drift apart.
 */
final class ConfigOptions {
  private ConfigOptions() {}

  static void addTo(CommandSpec spec) {
    for (ConfigKey<?> key : ConfigKeys.ALL) {
      OptionSpec.Builder option = OptionSpec.builder(key.optionName())
          .description(key.description() + (key.isFlag() ? "" : " Default: " + key.defaultText() + "."));
      if (key.isFlag()) {
        option.type(boolean.class).arity("0");
      } else if (key.multiValued()) {
        option.type(List.class).auxiliaryTypes(String.class).arity("1..*").paramLabel(key.paramLabel());
      } else {
        option.type(String.class).arity("1").paramLabel(key.paramLabel());
      }
      spec.addOption(option.build());
    }
  }

  /** The values given on the command line, keyed by config-key name; absent keys are absent. */
  static Map<String, List<String>> given(ParseResult parsed) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (ConfigKey<?> key : ConfigKeys.ALL) {
      OptionSpec option = parsed.matchedOption(key.optionName());
      if (option == null) {
        continue;
      }
      if (key.isFlag()) {
        out.put(key.name(), List.of("true"));
      } else if (key.multiValued()) {
        List<String> values = option.getValue();
        out.put(key.name(), List.copyOf(values));
      } else {
        out.put(key.name(), List.of((String) option.getValue()));
      }
    }
    return out;
  }
}

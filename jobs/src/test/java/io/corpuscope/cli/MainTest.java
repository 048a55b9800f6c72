package io.corpuscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corpuscope.config.ConfigKey;
import io.corpuscope.config.ConfigKeys;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line a scheduler sees: help, exit codes, one-line messages. */
class MainTest {
  @Test
  void helpOfEverySubcommandListsEveryKeyWithItsDefault() {
    for (String sub : new String[] {"run", "ingest"}) {
      String help = Main.commandLine(Map.of()).getSubcommands().get(sub).getUsageMessage();
      for (ConfigKey<?> key : ConfigKeys.ALL) {
        assertThat(help).contains(key.optionName());
        if (!key.isFlag()) {
          assertThat(help.replaceAll("\\s+", " ")).contains("Default: " + key.defaultText());
        }
      }
    }
  }

  @Test
  void theReadmeDocumentsEveryOption() throws Exception {
    String readme = java.nio.file.Files.readString(io.corpuscope.testing.Repo.root().resolve("README.md"));
    for (ConfigKey<?> key : ConfigKeys.ALL) {
      assertThat(readme).as("README configuration table").contains("`" + key.optionName());
    }
  }

  @Test
  void helpExitsZero() {
    assertThat(Main.execute(Map.of(), "run", "--help")).isZero();
  }

  @Test
  void anUnknownOptionIsExitCodeTwo() {
    assertThat(Main.execute(Map.of(), "run", "--no-such-option")).isEqualTo(2);
  }

  @Test
  void aBadValueIsExitCodeTwo() {
    assertThat(Main.execute(Map.of(), "ingest", "--period", "fortnight")).isEqualTo(2);
  }

  @Test
  void aMissingInputIsExitCodeThree() {
    assertThat(Main.execute(Map.of(), "ingest", "--input", "/definitely/not/here", "--output",
        System.getProperty("java.io.tmpdir") + "/corpuscope-none")).isEqualTo(3);
  }

  @Test
  void untilBeforeSinceIsExitCodeTwoAndWritesNothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
    java.nio.file.Path out = tmp.resolve("out");
    long t0 = System.nanoTime();
    assertThat(Main.execute(Map.of(), "run", "--since", "2025-05-01", "--until", "2025-04-01", "--output",
        out.toString())).isEqualTo(2);
    // caught with the configuration, before a Spark session (which takes seconds) and before any output
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5.0);
    assertThat(out).doesNotExist();
  }

  @Test
  void anOutputThatIsAFileIsExitCodeTwoNotABusyLock(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
      throws Exception {
    java.nio.file.Path file = java.nio.file.Files.writeString(tmp.resolve("out.txt"), "x");
    assertThat(Main.execute(Map.of(), "ingest", "--output", file.toString())).isEqualTo(2);
    assertThatThrownBy(() -> new io.corpuscope.config.ConfigResolver(Map.of())
        .resolve(Map.of("output", java.util.List.of(file.toString()))))
        .hasMessageContaining("is a file, not a folder");
  }

  @Test
  void noSubcommandIsExitCodeTwo() {
    assertThat(Main.execute(Map.of())).isEqualTo(2);
  }
}

package io.corpuscope.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.ingest.InputFormat;
import io.corpuscope.ingest.UndatedPolicy;
import io.corpuscope.ingest.dates.DateOrder;
import io.corpuscope.period.Granularity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigResolverTest {
  @TempDir Path tmp;

  /** Pins every key and its default: renaming an option or changing a default must fail here. */
  @Test
  void everyKeyHasThePinnedNameAndDefault() {
    Map<String, String> defaults = ConfigKeys.ALL.stream()
        .collect(Collectors.toMap(ConfigKey::name, ConfigKey::defaultText, (a, b) -> a, java.util.LinkedHashMap::new));
    assertThat(defaults).containsExactly(
        Map.entry("input", "data/sample"), Map.entry("output", "out"), Map.entry("config", "(none)"),
        Map.entry("period", "month"), Map.entry("since", "(none)"), Map.entry("until", "(none)"),
        Map.entry("master", "local[*]"), Map.entry("max-bad-fraction", "0.5"), Map.entry("input-format", "auto"),
        Map.entry("field", "id=id source=source url=url title=title text=text published_date=published_date year=meta.year"),
        Map.entry("date-order", "mdy"), Map.entry("earliest-date", "1940-01-01"), Map.entry("latest-date", "(none)"),
        Map.entry("undated", "keep"), Map.entry("min-text-chars", "1"), Map.entry("max-text-chars", "1000000"),
        Map.entry("boilerplate-file", "(none)"), Map.entry("no-dedup", "false"), Map.entry("dedup-similarity", "0.5"),
        Map.entry("dedup-bands", "10"), Map.entry("topics-k", "20"), Map.entry("topics-k-candidates", "(none)"),
        Map.entry("topics-retrain", "false"),
        Map.entry("topics-iterations", "15"), Map.entry("topics-restarts", "1"), Map.entry("topics-seed", "20250403"), Map.entry("topics-alpha", "0.0"), Map.entry("topics-term-counts", "false"),
        Map.entry("topics-lemmatize", "false"), Map.entry("topics-term-relevance", "0.6"),
        Map.entry("topics-vocab-size", "10000"), Map.entry("topics-min-df", "10"),
        Map.entry("topics-max-df", "0.5"), Map.entry("topics-phrases", "0"), Map.entry("topics-doc-floor", "0.05"),
        Map.entry("topics-fit-documents", "20000"), Map.entry("shuffle-partitions", "0"),
        Map.entry("lock-timeout-hours", "24"), Map.entry("force-unlock", "false"), Map.entry("verbose", "false"));
  }

  @Test
  void defaultsParseToTheirTypedValues() {
    JobConfig c = JobConfig.defaults();
    assertThat(c.get(ConfigKeys.PERIOD)).isEqualTo(Granularity.MONTH);
    assertThat(c.get(ConfigKeys.INPUT_FORMAT)).isEqualTo(InputFormat.AUTO);
    assertThat(c.get(ConfigKeys.DATE_ORDER)).isEqualTo(DateOrder.MDY);
    assertThat(c.get(ConfigKeys.UNDATED)).isEqualTo(UndatedPolicy.KEEP);
    assertThat(c.get(ConfigKeys.MAX_BAD_FRACTION)).isEqualTo(0.5);
    assertThat(c.get(ConfigKeys.FIELD).sourceOf("year")).isEqualTo("meta.year");
    assertThat(c.get(ConfigKeys.SINCE)).isNull();
    assertThat(c.get(ConfigKeys.VERBOSE)).isFalse();
  }

  @Test
  void commandLineBeatsEnvironmentWhichBeatsConfigFileWhichBeatsDefault() throws Exception {
    Path file = Files.writeString(tmp.resolve("c.yaml"), "period: week\ntopics-k: 12\nmax-bad-fraction: 0.1\n"
        + "field:\n  text: body\n");
    Map<String, String> env = Map.of("CORPUSCOPE_TOPICS_K", "15", "CORPUSCOPE_MAX_BAD_FRACTION", "0.2");
    JobConfig c = new ConfigResolver(env).resolve(Map.of("config", List.of(file.toString()),
        "max-bad-fraction", List.of("0.3")));
    assertThat(c.get(ConfigKeys.PERIOD)).isEqualTo(Granularity.WEEK);   // file
    assertThat(c.get(ConfigKeys.TOPICS_K)).isEqualTo(15);               // env over file
    assertThat(c.get(ConfigKeys.MAX_BAD_FRACTION)).isEqualTo(0.3);      // command line over env
    assertThat(c.get(ConfigKeys.FIELD).sourceOf("text")).isEqualTo("body");
    assertThat(c.get(ConfigKeys.FIELD).sourceOf("id")).isEqualTo("id");
    assertThat(c.get(ConfigKeys.OUTPUT)).isEqualTo("out");              // default
  }

  @Test
  void jsonConfigFilesWorkToo() throws Exception {
    Path file = Files.writeString(tmp.resolve("c.json"), "{\"input\": [\"a.jsonl\", \"b.csv\"], \"since\": \"2025-01-01\"}");
    JobConfig c = new ConfigResolver(Map.of()).resolve(Map.of("config", List.of(file.toString())));
    assertThat(c.get(ConfigKeys.INPUT)).containsExactly("a.jsonl", "b.csv");
    assertThat(c.get(ConfigKeys.SINCE)).isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void anUnknownKeyInTheConfigFileIsAUsageErrorNamingIt() throws Exception {
    Path file = Files.writeString(tmp.resolve("c.yaml"), "perod: week\n");
    assertThatThrownBy(() -> new ConfigResolver(Map.of()).resolve(Map.of("config", List.of(file.toString()))))
        .isInstanceOf(CorpuscopeException.class).hasMessageContaining("unknown key 'perod'");
  }

  @Test
  void anOutOfBoundsValueNamesTheOptionAndTheBound() {
    assertThatThrownBy(() -> new ConfigResolver(Map.of()).resolve(Map.of("max-bad-fraction", List.of("1.5"))))
        .isInstanceOf(CorpuscopeException.class).hasMessage("--max-bad-fraction: 1.5 is outside 0.0 to 1.0");
    assertThatThrownBy(() -> new ConfigResolver(Map.of()).resolve(Map.of("period", List.of("fortnight"))))
        .hasMessageContaining("--period").hasMessageContaining("day|week|month|quarter|year");
    assertThatThrownBy(() -> new ConfigResolver(Map.of()).resolve(Map.of("field", List.of("body"))))
        .hasMessageContaining("--field").hasMessageContaining("NAME=SOURCE");
    assertThatThrownBy(() -> new ConfigResolver(Map.of()).resolve(Map.of("topics-k-candidates", List.of("10,1"))))
        .hasMessage("--topics-k-candidates: 1 is outside 2 to 500");
    assertThatThrownBy(() -> new ConfigResolver(Map.of()).resolve(Map.of("topics-k-candidates", List.of("20,20"))))
        .hasMessage("--topics-k-candidates: '20,20' names fewer than two different numbers of topics");
  }

  @Test
  void aMissingConfigFileIsAUsageError() {
    assertThatThrownBy(() -> new ConfigResolver(Map.of()).resolve(Map.of("config", List.of("/nope/c.yaml"))))
        .isInstanceOf(CorpuscopeException.class).hasMessageContaining("does not exist");
  }
}

package io.corpuscope.ingest;

import static io.corpuscope.testing.Fixtures.jsonl;
import static io.corpuscope.testing.Fixtures.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.errors.ErrorKind;
import io.corpuscope.manifest.FileCounts;
import io.corpuscope.manifest.RunManifest;
import io.corpuscope.testing.Fixtures;
import io.corpuscope.testing.Runs;
import io.corpuscope.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad records end in quarantine with a reason, good records beside them are kept, and the
 * counts add up; unusable input ends the run with exit code 3 and nothing written.
 */
@ExtendWith(SharedSpark.class)
class BadInputTest {
  @TempDir static Path tmp;
  static RunManifest manifest;
  static Map<String, Row> quarantine;

  @BeforeAll
  static void ingestAMixOfGoodAndBadRecords() throws Exception {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(jsonl("good-1", "2025-04-03", story("Mark Rutte", "spend more")).getBytes(StandardCharsets.UTF_8));
    file.writeBytes("{\"id\": \"broken\", \"text\": \"unterminated\n".getBytes(StandardCharsets.UTF_8)); // line 2
    byte[] latin1 = jsonl("latin1", "2025-04-03", "Caf\u00e9 owners said prices rose.").getBytes(StandardCharsets.ISO_8859_1);
    file.writeBytes(latin1); // line 3: é as a single byte is not UTF-8
    file.writeBytes(jsonl("empty", "2025-04-03", "   ").getBytes(StandardCharsets.UTF_8)); // line 4
    file.writeBytes(jsonl("nodate-bad", "soon", story("Pete Hegseth", "hold")).getBytes(StandardCharsets.UTF_8)); // 5
    file.writeBytes(jsonl("feb30", "2025-02-30", story("Pete Hegseth", "hold")).getBytes(StandardCharsets.UTF_8)); // 6
    file.writeBytes(jsonl("y1900", "1900-05-01", story("Pete Hegseth", "hold")).getBytes(StandardCharsets.UTF_8)); // 7
    file.writeBytes(jsonl("good-1", "2025-04-05", story("Marco Rubio", "stand firm")).getBytes(StandardCharsets.UTF_8)); // 8
    file.writeBytes("{\"id\":\"numeric\",\"text\":12345,\"published_date\":\"2025-04-03\"}\n".getBytes(StandardCharsets.UTF_8)); // 9
    file.writeBytes("{\"id\":\"notext\",\"published_date\":\"2025-04-03\"}\n".getBytes(StandardCharsets.UTF_8)); // 10
    file.writeBytes(jsonl("huge", "2025-04-03", "word ".repeat(4_000_000)).getBytes(StandardCharsets.UTF_8)); // 11: 20 MB
    file.writeBytes(jsonl("good-2", null, story("Kaja Kallas", "help Ukraine")).getBytes(StandardCharsets.UTF_8)); // 12
    Fixtures.writeBytes(tmp.resolve("in/mixed.jsonl"), file.toByteArray());
    manifest = Runs.ingest(tmp.resolve("in"), tmp.resolve("out"), "max-bad-fraction", "0.9");
    quarantine = Runs.table(tmp.resolve("out"), "quarantine").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("record_ref"), r -> r));
  }

  private static String reason(String recordRef) {
    assertThat(quarantine).containsKey(recordRef);
    return quarantine.get(recordRef).getAs("reason");
  }

  @Test
  void eachBadRecordIsQuarantinedWithItsReason() {
    assertThat(reason("line 2")).isEqualTo("malformed_json");
    assertThat(reason("line 3")).isEqualTo("invalid_utf8");
    assertThat(reason("line 4")).isEqualTo("empty_text");
    assertThat(reason("line 5")).isEqualTo("unparseable_date");
    assertThat(reason("line 6")).isEqualTo("impossible_date");
    assertThat(reason("line 7")).isEqualTo("impossible_date");
    assertThat(reason("line 8")).isEqualTo("duplicate_id");
    assertThat(reason("line 9")).isEqualTo("bad_field_type");
    assertThat(reason("line 10")).isEqualTo("missing_text");
    assertThat(reason("line 11")).isIn("line_too_long", "text_too_long");
  }

  @Test
  void quarantineRowsSayWhatIsWrongAndShowAShortExcerpt() {
    Row dup = quarantine.get("line 8");
    assertThat(dup.<String>getAs("detail")).contains("good-1").contains("line 1");
    assertThat(quarantine.get("line 5").<String>getAs("detail")).contains("soon");
    assertThat(quarantine.values()).allSatisfy(r -> {
      assertThat(r.<String>getAs("input_file")).endsWith("mixed.jsonl");
      String excerpt = r.getAs("raw_excerpt");
      assertThat(excerpt == null ? 0 : excerpt.length()).isLessThanOrEqualTo(301);
    });
  }

  @Test
  void goodRecordsBesideBadOnesAreKeptAndCountsAddUp() {
    assertThat(Runs.table(tmp.resolve("out"), "articles").collectAsList())
        .extracting(r -> r.<String>getAs("article_id")).containsExactlyInAnyOrder("good-1", "good-2");
    FileCounts t = manifest.totals();
    assertThat(t.read()).isEqualTo(12);
    assertThat(t.kept()).isEqualTo(2);
    assertThat(t.quarantined()).isEqualTo(10);
    assertThat(t.addsUp()).isTrue();
  }

  @Test
  void undatedArticlesCanBeQuarantinedInsteadOfKept() throws Exception {
    Fixtures.write(tmp.resolve("undated/a.jsonl"), jsonl("u", null, story("Kaja Kallas", "help Ukraine"))
        + jsonl("d", "2025-01-02", story("Kaja Kallas", "help Ukraine again, and again")));
    RunManifest m = Runs.ingest(tmp.resolve("undated"), tmp.resolve("undated-out"), "undated", "quarantine");
    assertThat(m.totals().quarantined()).isEqualTo(1);
    assertThat(Runs.table(tmp.resolve("undated-out"), "quarantine").first().<String>getAs("reason"))
        .isEqualTo("missing_date");
  }

  @Test
  void mostlyBrokenInputIsUnusableAndNothingIsWritten() throws Exception {
    Fixtures.write(tmp.resolve("broken/b.jsonl"), "not json\nstill not json\n" + jsonl("ok", "2025-01-01",
        story("Mark Rutte", "spend more")));
    Path out = tmp.resolve("broken-out");
    assertThatThrownBy(() -> Runs.ingest(tmp.resolve("broken"), out))
        .isInstanceOf(CorpuscopeException.class)
        .hasMessageContaining("2 of 3 records").hasMessageContaining("--max-bad-fraction")
        .hasMessageContaining("malformed_json")
        .satisfies(e -> assertThat(((CorpuscopeException) e).kind()).isEqualTo(ErrorKind.INPUT_UNUSABLE));
    assertThat(out.resolve("articles")).doesNotExist();
  }

  @Test
  void aPathThatDoesNotExistIsUnusableInput() {
    assertThatThrownBy(() -> Runs.ingest(tmp.resolve("nowhere"), tmp.resolve("x")))
        .isInstanceOf(CorpuscopeException.class).hasMessageContaining("no such file or directory")
        .satisfies(e -> assertThat(((CorpuscopeException) e).kind()).isEqualTo(ErrorKind.INPUT_UNUSABLE));
  }

  @Test
  void anEmptyDirectoryIsUnusableInput() throws Exception {
    Files.createDirectories(tmp.resolve("empty"));
    assertThatThrownBy(() -> Runs.ingest(tmp.resolve("empty"), tmp.resolve("y")))
        .isInstanceOf(CorpuscopeException.class).hasMessageContaining("no files");
  }
}

package io.corpuscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.manifest.FileCounts;
import io.corpuscope.manifest.RunManifest;
import io.corpuscope.testing.Repo;
import io.corpuscope.testing.Runs;
import io.corpuscope.testing.SharedSpark;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real corpora of ../shared/corpora ingest end to end: every record accounted for, the only
 * quarantined file the folder's SOURCE.md, English detected, dates kept. (AllSides, the 37.5k
 * scale benchmark, is run by the ingest command and reported in the README, not here.)
 */
@ExtendWith(SharedSpark.class)
class SharedCorporaIngestTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"defence_subset", "gdelt_ukraine_war", "dvids_defense", "polnear/polnear-0000.jsonl.gz",
      "reuters21578"})
  void aRealCorpusIngestsWithEveryRecordAccountedFor(String corpus) {
    Path input = Repo.shared("corpora/" + corpus);
    RunManifest m = Runs.ingest(input, tmp);
    FileCounts t = m.totals();
    assertThat(m.files).allMatch(FileCounts::addsUp);
    assertThat(t.read()).isGreaterThan(50);

    List<Row> quarantined = Runs.table(tmp, "quarantine").collectAsList();
    // the folder's SOURCE.md, and the odd record whose text is empty in the corpus itself
    assertThat(quarantined).allSatisfy(r -> assertThat(r.<String>getAs("reason") + " " + r.getAs("input_file"))
        .matches("unsupported_format .*SOURCE\\.md|empty_text .*"));
    assertThat((long) quarantined.size()).isLessThanOrEqualTo(1 + t.read() / 1000);

    Map<String, Long> byLanguage = Runs.table(tmp, "articles").groupBy("language").count().collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
    long articles = byLanguage.values().stream().mapToLong(Long::longValue).sum();
    assertThat(articles).isEqualTo(t.kept() + t.duplicates());
    if (!corpus.equals("gdelt_ukraine_war")) { // GDELT holds Spanish, Arabic, Russian… outlets on purpose
      assertThat(byLanguage.getOrDefault("en", 0L)).isGreaterThan(articles * 8 / 10);
    }
    long undated = Runs.table(tmp, "articles").filter("period = 'undated'").count();
    assertThat(undated).isLessThan(articles / 10 + 1);
  }
}

package io.corpuscope.ingest;

import static io.corpuscope.testing.Fixtures.jsonl;
import static io.corpuscope.testing.Fixtures.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.manifest.RunManifest;
import io.corpuscope.testing.Fixtures;
import io.corpuscope.testing.Runs;
import io.corpuscope.testing.SharedSpark;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Each input format of SPEC.md reaches the articles table with the same fields. */
@ExtendWith(SharedSpark.class)
class InputFormatsTest {
  @TempDir Path tmp;

  private List<Row> ingest(Path input, String... more) {
    RunManifest m = Runs.ingest(input, tmp.resolve("out"), more);
    assertThat(m.totals().addsUp()).isTrue();
    return Runs.table(tmp.resolve("out"), "articles").orderBy("article_id").collectAsList();
  }

  @Test
  void gzipAndBzip2JsonLinesAreReadAsIs() throws Exception {
    Fixtures.gzip(tmp.resolve("in/a.jsonl.gz"), jsonl("a1", "2025-04-03", story("Mark Rutte", "spend more")));
    Fixtures.bzip2(tmp.resolve("in/b.jsonl.bz2"), jsonl("b1", "April 4, 2025", story("Marco Rubio", "stand firm")));
    List<Row> rows = ingest(tmp.resolve("in"));
    assertThat(rows).extracting(r -> r.<String>getAs("article_id")).containsExactly("a1", "b1");
    assertThat(rows).extracting(r -> r.<LocalDate>getAs("published_date"))
        .containsExactly(LocalDate.of(2025, 4, 3), LocalDate.of(2025, 4, 4));
  }

  @Test
  void csvWithHeaderAndQuotedMultiLineTextIsOneRecordPerRow() throws Exception {
    Fixtures.write(tmp.resolve("in/news.csv"), "id,published_date,source,title,text\n"
        + "c1,2025-04-03,Wire,\"Ministers, again\",\"" + story("Mark Rutte", "spend more").replace("\"", "\"\"")
        + "\nSecond paragraph.\"\n"
        + "c2,03/04/2025,Wire,Other,\"" + story("Marco Rubio", "stand firm").replace("\"", "\"\"") + "\"\n");
    List<Row> rows = ingest(tmp.resolve("in/news.csv"), "date-order", "dmy");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).<String>getAs("text")).endsWith("Second paragraph.");
    assertThat(rows.get(0).<String>getAs("title")).isEqualTo("Ministers, again");
    assertThat(rows.get(1).<LocalDate>getAs("published_date")).isEqualTo(LocalDate.of(2025, 4, 3));
    assertThat(rows.get(0).<String>getAs("record_ref")).startsWith("row 1");
  }

  @Test
  void parquetInputWithOtherFieldNamesIsMappedByConfiguration() throws Exception {
    StructType schema = new StructType().add("uid", DataTypes.StringType).add("body", DataTypes.StringType)
        .add("pubDate", DataTypes.StringType).add("extra", DataTypes.IntegerType);
    SharedSpark.session().createDataFrame(List.of(
            RowFactory.create("p1", story("Pete Hegseth", "hold the line"), "2025-02-11T09:00:00Z", 7)), schema)
        .write().parquet(tmp.resolve("in/pq").toString());
    List<Row> rows = ingest(tmp.resolve("in/pq"), "field", "id=uid,text=body,published_date=pubDate");
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.<String>getAs("article_id")).isEqualTo("p1");
      assertThat(r.<LocalDate>getAs("published_date")).isEqualTo(LocalDate.of(2025, 2, 11));
      assertThat(r.<String>getAs("text")).startsWith("Pete Hegseth said");
      // the row's place in its file, whatever the partitioning of the read
      assertThat(r.<String>getAs("record_ref")).isEqualTo("row 1");
    });
  }

  @Test
  void textFilesTakeTheirFieldsFromMetadataCsv() throws Exception {
    Fixtures.write(tmp.resolve("in/one.txt"), story("Kaja Kallas", "support Ukraine"));
    Fixtures.write(tmp.resolve("in/two.txt"), story("Andriy Sybiha", "brief the allies"));
    Fixtures.write(tmp.resolve("in/metadata.csv"), "file,source,published_date\none.txt,outlet_x,2024-07-10\n");
    List<Row> rows = ingest(tmp.resolve("in"));
    assertThat(rows).extracting(r -> r.<String>getAs("article_id")).containsExactly("one", "two");
    assertThat(rows.get(0).<String>getAs("source")).isEqualTo("outlet_x");
    assertThat(rows.get(0).<String>getAs("period")).isEqualTo("2024-07");
    assertThat(rows.get(1).<String>getAs("period")).isEqualTo("undated");
  }

  @Test
  void aMetadataRowNamingAFileThatIsNotThereIsQuarantinedNotDropped() throws Exception {
    Fixtures.write(tmp.resolve("in/one.txt"), story("Kaja Kallas", "support Ukraine"));
    Fixtures.write(tmp.resolve("in/metadata.csv"), "file,source,published_date\none.txt,outlet_x,2024-07-10\n"
        + "gone.txt,outlet_y,2024-07-11\n");
    assertThat(ingest(tmp.resolve("in"))).extracting(r -> r.<String>getAs("article_id")).containsExactly("one");
    List<Row> q = Runs.table(tmp.resolve("out"), "quarantine").collectAsList();
    assertThat(q).singleElement().satisfies(r -> {
      assertThat(r.<String>getAs("reason")).isEqualTo("bad_metadata");
      assertThat(r.<String>getAs("detail")).contains("'gone.txt'").contains("not among the input files");
    });
  }

  @Test
  void titlesAreEntityDecodedAndIdsAndSourcesLoseControlCharacters() throws Exception {
    Fixtures.write(tmp.resolve("in/a.jsonl"), "{\"id\":\"a\\u0000b\\u0007\",\"source\":\"Wire\\u0000\","
        + "\"title\":\"&lt;img src=x&gt; NATO &amp; budgets\",\"published_date\":\"2025-04-03\",\"text\":"
        + Fixtures.q(story("Mark Rutte", "spend more")) + "}\n");
    assertThat(ingest(tmp.resolve("in"))).singleElement().satisfies(r -> {
      assertThat(r.<String>getAs("article_id")).isEqualTo("ab");
      assertThat(r.<String>getAs("source")).isEqualTo("Wire");
      assertThat(r.<String>getAs("title")).isEqualTo("<img src=x> NATO & budgets");
    });
  }

  @Test
  void yearOnlyDatesBecomeThePeriodStartWithYearPrecision() throws Exception {
    Fixtures.write(tmp.resolve("in/un.jsonl"), "{\"id\":\"ungd-1\",\"published_date\":null,\"meta\":{\"year\":1978},"
        + "\"text\":" + Fixtures.q(story("The delegate", "reduce military budgets")) + "}\n");
    List<Row> rows = ingest(tmp.resolve("in"), "period", "quarter");
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.<LocalDate>getAs("published_date")).isEqualTo(LocalDate.of(1978, 1, 1));
      assertThat(r.<String>getAs("date_precision")).isEqualTo("year");
      assertThat(r.<String>getAs("period")).isEqualTo("1978-Q1");
    });
  }
}

package io.corpuscope.evaluate;

import static org.apache.spark.sql.functions.col;

import io.corpuscope.spark.TableWriter;
import io.corpuscope.speakers.EvalRows;
import io.corpuscope.speakers.QuoteEvaluation;
import io.corpuscope.speakers.QuoteReport;
import io.corpuscope.stance.StanceEvaluation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code evaluate}: scores the {@code quotes} and {@code spending_statements} tables of an
 * output root against a gold set, with the metric definitions of {@code shared/gold/score.py}.
 * Predictions are matched to gold documents by input file name, and located in the raw document
 * by their text, since cleaning moves offsets.
 */
public final class Evaluation {
  /** Both reports; stance is null when the gold set has no stance rows. */
  public record Report(QuoteReport quotes, StanceEvaluation.Result stance) {
    @Override
    public String toString() {
      return "Quotes and speakers\n" + quotes + (stance == null ? "" : "\nStance\n" + stance + "\n");
    }
  }

  private final SparkSession spark;

  public Evaluation(SparkSession spark) {
    this.spark = spark;
  }

  public Report run(TableWriter out, GoldSet gold) {
    Set<String> docs = new HashSet<>();
    gold.quotes().forEach(g -> docs.add(g.doc()));
    gold.stance().forEach(g -> docs.add(g.doc()));
    Map<String, String> fileOf = new HashMap<>();   // article_id -> gold doc
    Map<String, String> rawText = new HashMap<>();  // gold doc -> raw text
    for (Row r : spark.read().parquet(new Path(out.root(), "articles").toString())
        .select("article_id", "input_file").collectAsList()) {
      String file = r.getString(1);
      String doc = file.substring(file.lastIndexOf('/') + 1);
      if (docs.contains(doc)) {
        fileOf.put(r.getString(0), doc);
        rawText.put(doc, read(file));
      }
    }
    List<EvalRows.Predicted> predicted = new ArrayList<>();
    for (Row q : spark.read().parquet(new Path(out.root(), "quotes").toString())
        .select("article_id", "quote", "speaker", "speaker_role", "kind").collectAsList()) {
      String doc = fileOf.get(q.getString(0));
      if (doc != null) {
        predicted.add(new EvalRows.Predicted(doc, q.getString(1), q.getString(2), q.getString(3), q.getString(4)));
      }
    }
    QuoteReport quotes = QuoteEvaluation.evaluate(gold.quotes(), gold.ignored(), predicted, rawText);
    StanceEvaluation.Result stance = gold.stance().isEmpty() ? null : stance(out, gold, fileOf, rawText);
    return new Report(quotes, stance);
  }

  private StanceEvaluation.Result stance(TableWriter out, GoldSet gold, Map<String, String> fileOf,
      Map<String, String> rawText) {
    List<StanceEvaluation.PredRow> predicted = new ArrayList<>();
    Map<String, Integer> cursor = new HashMap<>();
    for (Row s : spark.read().parquet(new Path(out.root(), "spending_statements").toString())
        .select("article_id", "sentence", "holder", "holder_type", "stance", "target_pct_gdp")
        .orderBy(col("article_id"), col("sentence_index")).collectAsList()) {
      String doc = fileOf.get(s.getString(0));
      if (doc == null) {
        continue;
      }
      String raw = rawText.get(doc);
      String sentence = s.getString(1);
      int from = cursor.getOrDefault(doc, 0);
      int at = raw.indexOf(sentence, from);
      at = at >= 0 ? at : raw.indexOf(sentence);
      if (at < 0) {
        continue; // cleaning rewrote the sentence (NFKC, whitespace): it cannot be placed in the raw text
      }
      cursor.put(doc, at);
      String holder = "outlet".equals(s.getString(3)) ? null : s.getString(2);
      predicted.add(new StanceEvaluation.PredRow(doc, at, at + sentence.length(), holder, s.getString(4),
          s.isNullAt(5) ? null : s.getDouble(5)));
    }
    return StanceEvaluation.score(gold.stance(), predicted);
  }

  private String read(String file) {
    Path p = new Path(file);
    try (InputStream in = p.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(p)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

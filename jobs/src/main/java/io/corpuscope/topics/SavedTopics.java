package io.corpuscope.topics;

import static org.apache.spark.sql.functions.col;

import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.spark.TableWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A topic model an earlier run fitted and saved under the output root, with what scoring new
 * articles needs besides it: the phrases it joined and its topics' labels and top terms (from
 * the committed {@code topic_terms}).
 */
record SavedTopics(TopicModel model, PhraseMerger phrases, boolean lemmatized, List<String> labels,
    List<List<String>> topWords, List<Double> npmi) {

  /** Says whether the model's terms are words or lemmas; a model saved before it existed has words. */
  private static final String TOKENS_FILE = "tokens.txt";
  private static final String LEMMAS = "lemmas";
  private static final String WORDS = "words";

  /** Writes, next to the model under {@code model}, whether its terms are {@code lemmatized}. */
  static void writeTokens(FileSystem fs, Path model, boolean lemmatized) throws IOException {
    try (java.io.OutputStream out = fs.create(new Path(model, TOKENS_FILE), true)) {
      out.write((lemmatized ? LEMMAS : WORDS).getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Whether the model under {@code model} was fitted on lemmas; a file that says neither is an
   * error, since scoring with the wrong terms would quietly give every story other topics.
   */
  static boolean readTokens(FileSystem fs, Path model) throws IOException {
    Path file = new Path(model, TOKENS_FILE);
    if (!fs.exists(file)) {
      return false;
    }
    try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8))) {
      String line = in.readLine();
      String said = line == null ? "" : line.strip();
      if (!said.equals(LEMMAS) && !said.equals(WORDS)) {
        throw CorpuscopeException.usage(file + " says '" + said + "', not '" + WORDS + "' or '" + LEMMAS
            + "': fit the topic model again with --topics-retrain");
      }
      return said.equals(LEMMAS);
    }
  }

  /** The saved model under {@code folder} of the output root, or null when none was saved whole. */
  static SavedTopics read(SparkSession spark, TableWriter writer, String folder) {
    Path model = new Path(writer.root(), folder);
    FileSystem fs = writer.fileSystem();
    try {
      Path phraseFile = new Path(model, "phrases.txt");
      Dataset<Row> terms = writer.readCommitted(spark, "topic_terms");
      if (terms == null || !fs.exists(phraseFile)) { // the phrase list is saved after the model
        return null;
      }
      Set<String> phrases = new LinkedHashSet<>();
      try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(phraseFile), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (!line.isBlank()) {
            phrases.add(line.strip());
          }
        }
      }
      List<String> labels = new ArrayList<>();
      List<List<String>> words = new ArrayList<>();
      List<Double> npmi = new ArrayList<>();
      for (Row r : terms.orderBy(col("topic_id"), col("rank")).collectAsList()) {
        int topic = r.getInt(r.fieldIndex("topic_id"));
        if (topic == labels.size()) {
          labels.add(r.getString(r.fieldIndex("topic_label")));
          npmi.add(r.getDouble(r.fieldIndex("topic_coherence_npmi")));
          words.add(new ArrayList<>());
        }
        words.get(topic).add(r.getString(r.fieldIndex("term")));
      }
      return new SavedTopics(TopicModel.load(model.toString()), new PhraseMerger(phrases), readTokens(fs, model),
          labels, words, npmi);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

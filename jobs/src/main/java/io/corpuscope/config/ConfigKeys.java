package io.corpuscope.config;

import io.corpuscope.ingest.InputFormat;
import io.corpuscope.ingest.UndatedPolicy;
import io.corpuscope.ingest.dates.DateOrder;
import io.corpuscope.period.Granularity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Every configuration key of corpuscope, in the order {@code --help} lists them. Adding a key
 * here makes it a command-line option, a config-file key and an environment variable at once.
 */
public final class ConfigKeys {
  private ConfigKeys() {}

  public static final ConfigKey<List<String>> INPUT = ConfigKey.list("input", List.of("data/sample"), "PATH",
      "Input files, directories or globs (JSON Lines, CSV, Parquet, or a folder of .txt files;"
          + " .gz/.bz2 read as-is); any Hadoop file system URI.",
      values -> List.copyOf(values));

  public static final ConfigKey<String> OUTPUT = ConfigKey.string("output", "out", "DIR",
      "Output root: one Parquet folder per table, run_manifest.json and report/.");

  public static final ConfigKey<String> CONFIG = ConfigKey.string("config", null, "FILE",
      "JSON or YAML file with any of these keys; the command line wins over it.");

  public static final ConfigKey<Granularity> PERIOD = ConfigKey.choice("period", Granularity.MONTH, Granularity.class,
      "Granularity of the period column and of the partitions of per-period tables.");

  public static final ConfigKey<LocalDate> SINCE = ConfigKey.scalar("since", null, "DATE",
      "Only articles published on or after this ISO date (incremental runs).", ConfigKeys::isoDate);

  public static final ConfigKey<LocalDate> UNTIL = ConfigKey.scalar("until", null, "DATE",
      "Only articles published on or before this ISO date (incremental runs).", ConfigKeys::isoDate);

  public static final ConfigKey<String> MASTER = ConfigKey.string("master", "local[*]", "URL",
      "Spark master URL; ignored when spark-submit already set one.");

  public static final ConfigKey<Double> MAX_BAD_FRACTION = ConfigKey.decimal("max-bad-fraction", 0.5, 0.0, 1.0,
      "Fail with exit code 3, before writing anything, when more than this share of the records read is quarantined.");

  public static final ConfigKey<InputFormat> INPUT_FORMAT = ConfigKey.choice("input-format", InputFormat.AUTO,
      InputFormat.class, "Input format; auto decides per file from its name (.jsonl/.json/.csv/.parquet/.txt).");

  public static final ConfigKey<FieldMapping> FIELD = ConfigKey.list("field", FieldMapping.DEFAULT_ENTRIES, "NAME=SOURCE",
      "Where each article field is found in the input, e.g. text=body or published_date=pubDate;"
          + " dotted paths reach into nested JSON (year=meta.year). Repeat for several.",
      FieldMapping::parse);

  public static final ConfigKey<DateOrder> DATE_ORDER = ConfigKey.choice("date-order", DateOrder.MDY, DateOrder.class,
      "How ambiguous numeric dates such as 03/04/2025 are read.");

  public static final ConfigKey<LocalDate> EARLIEST_DATE = ConfigKey.scalar("earliest-date", "1940-01-01", "DATE",
      "Dates before this are impossible for this corpus: the record is quarantined.", ConfigKeys::isoDate);

  public static final ConfigKey<LocalDate> LATEST_DATE = ConfigKey.scalar("latest-date", null, "DATE",
      "Dates after this are impossible: the record is quarantined. Default: the day after the run.",
      ConfigKeys::isoDate);

  public static final ConfigKey<UndatedPolicy> UNDATED = ConfigKey.choice("undated", UndatedPolicy.KEEP,
      UndatedPolicy.class, "Articles with no date: keep them in period 'undated', or quarantine them.");

  public static final ConfigKey<Integer> MIN_TEXT_CHARS = ConfigKey.integer("min-text-chars", 1, 1, 1_000_000,
      "Articles whose cleaned text is shorter are quarantined as empty_text.");

  public static final ConfigKey<Integer> MAX_TEXT_CHARS = ConfigKey.integer("max-text-chars", 1_000_000, 1_000,
      100_000_000, "Articles whose raw text is longer are quarantined as text_too_long.");

  public static final ConfigKey<String> BOILERPLATE_FILE = ConfigKey.string("boilerplate-file", null, "FILE",
      "Pattern file for page chrome and agency credits. Default: the bundled data/reference/boilerplate.txt.");

  public static final ConfigKey<Boolean> NO_DEDUP = ConfigKey.flag("no-dedup",
      "Skip near-duplicate detection (exact duplicates are still marked).");

  public static final ConfigKey<Double> DEDUP_SIMILARITY = ConfigKey.decimal("dedup-similarity", 0.5, 0.05, 1.0,
      "Jaccard similarity of word-bigram shingles at or above which two articles are one story.");

  public static final ConfigKey<Integer> DEDUP_BANDS = ConfigKey.integer("dedup-bands", 10, 1, 64,
      "MinHash LSH bands of two hashes each: more bands find more near-duplicates at more cost.");

  public static final ConfigKey<Integer> TOPICS_K = ConfigKey.integer("topics-k", 20, 2, 500,
      "Number of topics of the topic model.");

  public static final ConfigKey<List<Integer>> TOPICS_K_CANDIDATES = ConfigKey.list("topics-k-candidates", List.of(),
      "K", "Pick the number of topics among these by coherence (mean NPMI) on a sample of the corpus;"
          + " overrides --topics-k.", ConfigKeys::kCandidates);

  public static final ConfigKey<Boolean> TOPICS_RETRAIN = ConfigKey.flag("topics-retrain",
      "In an incremental run, fit the topic model again on every period (rewriting every topics partition)"
          + " instead of scoring the new periods with the saved model.");

  public static final ConfigKey<Integer> TOPICS_ITERATIONS = ConfigKey.integer("topics-iterations", 15, 1, 1000,
      "LDA iterations (online variational Bayes, run as full batches).");

  public static final ConfigKey<Boolean> TOPICS_TERM_COUNTS = ConfigKey.flag("topics-term-counts",
      "Give the topic model how often each term occurs in a document, not only whether it does (presence"
          + " scored the higher coherence on Reuters and AllSides, see the README).");

  public static final ConfigKey<Boolean> TOPICS_LEMMATIZE = ConfigKey.flag("topics-lemmatize",
      "Give the topic model lemmas ('cities' -> 'city'), by OpenNLP's English POS and lemma models:"
          + " fewer, fuller terms, and a slower topics stage (see the README).");

  public static final ConfigKey<Integer> TOPICS_RESTARTS = ConfigKey.integer("topics-restarts", 1, 1, 20,
      "Fit the topic model this many times, from seeds --topics-seed, +1, +2 ..., and keep the fit whose topics"
          + " score best on the fitted documents (mean NPMI times diversity); each restart costs one more fit.");

  public static final ConfigKey<Integer> TOPICS_SEED = ConfigKey.integer("topics-seed", 20250403, 0,
      Integer.MAX_VALUE, "Random seed of the topic model: the same seed and input give the same topics.");

  public static final ConfigKey<Double> TOPICS_ALPHA = ConfigKey.decimal("topics-alpha", 0.0, 0.0, 100.0,
      "Prior weight of each topic in a document (LDA's alpha); 0 means MLlib's 1/k.");

  public static final ConfigKey<Double> TOPICS_TERM_RELEVANCE = ConfigKey.decimal("topics-term-relevance", 0.6, 0.0,
      1.0, "How topic_terms ranks a topic's terms: lambda of Sievert and Shirley's relevance, 1 = by weight in the"
          + " topic alone, lower = more the terms that set the topic apart (0.6, their readers' best).");

  public static final ConfigKey<Integer> TOPICS_VOCAB_SIZE = ConfigKey.integer("topics-vocab-size", 10_000, 100,
      1_000_000, "Largest vocabulary of the topic model (most frequent terms kept).");

  public static final ConfigKey<Integer> TOPICS_MIN_DF = ConfigKey.integer("topics-min-df", 10, 1, 1_000_000,
      "Terms in fewer documents than this are left out of the topic model.");

  public static final ConfigKey<Double> TOPICS_MAX_DF = ConfigKey.decimal("topics-max-df", 0.5, 0.01, 1.0,
      "Terms in more than this share of documents are left out of the topic model.");

  public static final ConfigKey<Integer> TOPICS_PHRASES = ConfigKey.integer("topics-phrases", 0, 0, 100_000,
      "Most frequent word pairs joined into one term ('defence spending'); 0, the default, turns phrases off:"
          + " on Reuters they lowered NPMI (0.238 without, 0.226 with 200).");

  public static final ConfigKey<Double> TOPICS_DOC_FLOOR = ConfigKey.decimal("topics-doc-floor", 0.05, 0.0, 1.0,
      "doc_topics keeps an article's topics with at least this weight (and always its dominant one).");

  public static final ConfigKey<Integer> TOPICS_FIT_DOCUMENTS = ConfigKey.integer("topics-fit-documents", 20_000, 0,
      100_000_000, "Fit the topic model on at most this many documents (a fixed sample by article id; 0 = all);"
          + " every document is scored and the coherence is measured on all of them.");

  public static final ConfigKey<Integer> SHUFFLE_PARTITIONS = ConfigKey.integer("shuffle-partitions", 0, 0, 100_000,
      "spark.sql.shuffle.partitions; 0: twice the cores in local mode, Spark's (or spark-submit's) setting on a cluster.");

  public static final ConfigKey<Integer> LOCK_TIMEOUT_HOURS = ConfigKey.integer("lock-timeout-hours", 24, 1, 24 * 365,
      "A lock on --output older than this is taken over: its run is presumed dead (on the lock's own host a dead"
          + " process is noticed at once). Set it above the longest run.");

  public static final ConfigKey<Boolean> FORCE_UNLOCK = ConfigKey.flag("force-unlock",
      "Take over the lock on --output even if its run may be alive: only when you know that run is dead.");

  public static final ConfigKey<Boolean> VERBOSE = ConfigKey.flag("verbose",
      "Log Spark's own messages and full stack traces.");

  /** All keys, in help order. */
  public static final List<ConfigKey<?>> ALL = List.of(
      INPUT, OUTPUT, CONFIG, PERIOD, SINCE, UNTIL, MASTER, MAX_BAD_FRACTION, INPUT_FORMAT, FIELD, DATE_ORDER,
      EARLIEST_DATE, LATEST_DATE, UNDATED, MIN_TEXT_CHARS, MAX_TEXT_CHARS, BOILERPLATE_FILE, NO_DEDUP,
      DEDUP_SIMILARITY, DEDUP_BANDS, TOPICS_K, TOPICS_K_CANDIDATES, TOPICS_RETRAIN, TOPICS_ITERATIONS,
      TOPICS_RESTARTS, TOPICS_SEED, TOPICS_ALPHA, TOPICS_TERM_COUNTS, TOPICS_LEMMATIZE, TOPICS_TERM_RELEVANCE,
      TOPICS_VOCAB_SIZE, TOPICS_MIN_DF, TOPICS_MAX_DF, TOPICS_PHRASES, TOPICS_DOC_FLOOR, TOPICS_FIT_DOCUMENTS,
      SHUFFLE_PARTITIONS, LOCK_TIMEOUT_HOURS, FORCE_UNLOCK, VERBOSE);

  /** Off (null) without values; "10,20,30", "10 20 30" or a list in a config file otherwise. */
  private static List<Integer> kCandidates(List<String> values) {
    java.util.TreeSet<Integer> ks = new java.util.TreeSet<>();
    for (String v : values) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          ks.add(TOPICS_K.parse(List.of(part)));
        }
      }
    }
    if (ks.isEmpty()) {
      return null;
    }
    if (ks.size() < 2) {
      throw new IllegalArgumentException("'" + String.join(",", values) + "' names fewer than two different numbers"
          + " of topics");
    }
    return List.copyOf(ks);
  }

  private static LocalDate isoDate(String s) {
    try {
      return LocalDate.parse(s.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + s + "' is not an ISO date like 2025-04-03");
    }
  }
}

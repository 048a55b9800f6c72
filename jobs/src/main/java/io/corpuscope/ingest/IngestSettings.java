package io.corpuscope.ingest;

import io.corpuscope.config.ConfigKeys;
import io.corpuscope.config.JobConfig;
import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.ingest.dates.DateParser;
import io.corpuscope.ingest.dates.DateRange;
import io.corpuscope.period.PeriodBucketer;
import io.corpuscope.period.PeriodWindow;
import io.corpuscope.text.BoilerplatePatterns;
import io.corpuscope.text.TextCleaner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage's pure-Java helpers, built once on the driver from the configuration and
 * shipped to the executors inside the closures (the pattern file is read here, once, so the
 * executors never need a driver-local file).
 */
final class IngestSettings {
  private static final Logger LOG = LoggerFactory.getLogger(IngestSettings.class);

  private final ArticleBuilder articleBuilder;
  private final DuplicateMarker duplicateMarker;

  private IngestSettings(ArticleBuilder articleBuilder, DuplicateMarker duplicateMarker) {
    this.articleBuilder = articleBuilder;
    this.duplicateMarker = duplicateMarker;
  }

  static IngestSettings from(JobConfig config, Configuration hadoop) {
    LocalDate latest = config.get(ConfigKeys.LATEST_DATE);
    if (latest == null) {
      latest = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    }
    LocalDate earliest = config.get(ConfigKeys.EARLIEST_DATE);
    if (latest.isBefore(earliest)) {
      // only the default (the day after the run) is checked here; given dates were checked with the configuration
      throw CorpuscopeException.usage("--latest-date " + latest + " is before --earliest-date " + earliest);
    }
    LocalDate since = config.get(ConfigKeys.SINCE);
    LocalDate until = config.get(ConfigKeys.UNTIL);
    PeriodBucketer periods = new PeriodBucketer(config.get(ConfigKeys.PERIOD));
    PeriodWindow window = PeriodWindow.widened(since, until, periods);
    if ((since != null && !since.equals(window.since())) || (until != null && !until.equals(window.until()))) {
      LOG.info("--since/--until {}..{} widened to whole periods: {} (a run replaces a period whole)",
          since == null ? "" : since, until == null ? "" : until, window);
    }
    ArticleBuilder builder = new ArticleBuilder(
        new TextCleaner(boilerplate(config.get(ConfigKeys.BOILERPLATE_FILE), hadoop)),
        new DateParser(config.get(ConfigKeys.DATE_ORDER)),
        new DateRange(earliest, latest),
        config.get(ConfigKeys.UNDATED),
        periods,
        config.get(ConfigKeys.MIN_TEXT_CHARS),
        config.get(ConfigKeys.MAX_TEXT_CHARS),
        window);
    DuplicateMarker marker = new DuplicateMarker(config.get(ConfigKeys.DEDUP_SIMILARITY),
        config.get(ConfigKeys.DEDUP_BANDS), !config.get(ConfigKeys.NO_DEDUP));
    return new IngestSettings(builder, marker);
  }

  ArticleBuilder articleBuilder() {
    return articleBuilder;
  }

  DuplicateMarker duplicateMarker() {
    return duplicateMarker;
  }

  private static BoilerplatePatterns boilerplate(String file, Configuration hadoop) {
    if (file == null) {
      return BoilerplatePatterns.loadDefault();
    }
    Path path = new Path(file);
    List<String> lines;
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(path), StandardCharsets.UTF_8))) {
        lines = r.lines().collect(Collectors.toList());
      }
    } catch (IOException | IllegalArgumentException e) {
      throw CorpuscopeException.usage("--boilerplate-file " + file + ": cannot be read: " + e.getMessage());
    }
    try {
      return BoilerplatePatterns.parse(lines);
    } catch (IllegalArgumentException e) {
      throw CorpuscopeException.usage("--boilerplate-file " + file + ": " + e.getMessage());
    }
  }
}

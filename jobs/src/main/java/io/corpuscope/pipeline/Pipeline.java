package io.corpuscope.pipeline;

import io.corpuscope.config.ConfigKeys;
import io.corpuscope.config.JobConfig;
import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.ingest.IngestJob;
import io.corpuscope.manifest.FileCounts;
import io.corpuscope.manifest.ManifestWriter;
import io.corpuscope.manifest.RunManifest;
import io.corpuscope.spark.SparkSessions;
import io.corpuscope.spark.TableWriter;
import io.corpuscope.topics.TopicsJob;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the requested stages in order on one Spark session, stages every table, moves them into
 * place only when the stages succeeded, and records the run in the manifest.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
  private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private final JobConfig config;

  public Pipeline(JobConfig config) {
    this.config = config;
  }

  public RunManifest run(EnumSet<Stage> stages) {
    Instant started = Instant.now();
    String runId = RUN_ID.format(started) + "-" + UUID.randomUUID().toString().substring(0, 8);
    SparkSession spark = SparkSessions.create(config);
    try {
      return run(spark, stages, runId, started);
    } finally {
      spark.stop();
    }
  }

  /** Runs on a given session (tests share one); does not stop it. */
  public RunManifest run(SparkSession spark, EnumSet<Stage> stages, String runId, Instant started) {
    RunManifest manifest = new RunManifest(runId, started, BuildInfo.version(), spark.version(), config.toJson(),
        config.get(ConfigKeys.INPUT));
    TableWriter writer = new TableWriter(config.get(ConfigKeys.OUTPUT), runId, spark.sparkContext().hadoopConfiguration());
    try {
      if (stages.contains(Stage.INGEST)) {
        long t0 = System.nanoTime();
        List<FileCounts> files = new IngestJob(spark, config).run(writer, runId);
        writer.commit("articles", true);
        writer.commit("quarantine", false);
        manifest.files = files;
        manifest.stageSeconds.put("ingest", (System.nanoTime() - t0) / 1e9);
        FileCounts t = manifest.totals();
        LOG.info("ingest: read {}, kept {}, duplicates {}, quarantined {}{} in {}s", t.read(), t.kept(),
            t.duplicates(), t.quarantined(), t.outOfWindow() > 0 ? ", outside --since/--until " + t.outOfWindow() : "",
            String.format("%.1f", manifest.stageSeconds.get("ingest")));
      }
      if (stages.contains(Stage.TOPICS)) {
        long t0 = System.nanoTime();
        TopicsJob.Result r = new TopicsJob(spark, config).run(writer);
        TopicsJob.commit(writer);
        manifest.stageSeconds.put("topics", (System.nanoTime() - t0) / 1e9);
        LOG.info("topics: {} topics, mean NPMI {}, diversity {} in {}s", r.topWords().size(),
            String.format("%.3f", r.meanNpmi()), String.format("%.2f", r.diversity()),
            String.format("%.1f", manifest.stageSeconds.get("topics")));
      }
      manifest.status = RunManifest.SUCCEEDED;
      manifest.finishedAt = Instant.now();
      new ManifestWriter(spark, writer).write(manifest);
      LOG.info("run {} succeeded: tables under {}", runId, writer.root());
      return manifest;
    } catch (CorpuscopeException e) {
      throw e;
    } finally {
      writer.cleanUp();
    }
  }
}

package io.corpuscope.pipeline;

import io.corpuscope.config.ConfigKeys;
import io.corpuscope.config.JobConfig;
import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.ingest.IngestJob;
import io.corpuscope.manifest.FileCounts;
import io.corpuscope.manifest.ManifestWriter;
import io.corpuscope.manifest.RunManifest;
import io.corpuscope.period.PeriodScope;
import io.corpuscope.report.ReportData;
import io.corpuscope.report.ReportJob;
import io.corpuscope.report.RunSummary;
import io.corpuscope.spark.JobNames;
import io.corpuscope.spark.RunLock;
import io.corpuscope.spark.SparkSessions;
import io.corpuscope.speakers.SpeakersJob;
import io.corpuscope.stance.StanceJob;
import io.corpuscope.spark.TableWriter;
import io.corpuscope.topics.TopicsJob;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.UUID;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the requested stages in order on one Spark session, stages every table, moves them into
 * place only when the stages succeeded, and records the run in the manifest. One run at a time
 * per output root ({@link RunLock}); what a dead run left behind is cleaned up first.
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

  /**
   * Runs one stage with its Spark jobs named after it, records its seconds in the manifest and logs
   * its one-line summary.
   */
  private static void timed(JobNames names, RunManifest manifest, String stage,
      java.util.function.Supplier<String> body) {
    names.stage(stage);
    long t0 = System.nanoTime();
    String summary = body.get();
    double seconds = (System.nanoTime() - t0) / 1e9;
    manifest.stageSeconds.put(stage, seconds);
    LOG.info("{}: {} in {}s", stage, summary, String.format("%.1f", seconds));
  }

  /** Runs on a given session (tests share one); does not stop it. */
  public RunManifest run(SparkSession spark, EnumSet<Stage> stages, String runId, Instant started) {
    RunManifest manifest = new RunManifest(runId, started, BuildInfo.version(), spark.version(), config.toJson(),
        config.get(ConfigKeys.INPUT));
    TableWriter writer = new TableWriter(config.get(ConfigKeys.OUTPUT), runId, spark.sparkContext().hadoopConfiguration());
    ManifestWriter manifests = new ManifestWriter(spark, writer);
    RunLock lock = RunLock.acquire(writer, runId, config);
    writer.fence(lock::verifyHeld);
    JobNames names = JobNames.forRun(spark.sparkContext(), runId);
    try {
      writer.recoverLeftovers();
      manifests.begin(manifest);
      if (stages.contains(Stage.INGEST)) {
        timed(names, manifest, "ingest", () -> {
          manifest.files = new IngestJob(spark, config).run(writer, runId);
          writer.commit("articles", true);
          writer.commit("quarantine", false);
          FileCounts t = manifest.totals();
          return String.format("read %d, kept %d, duplicates %d, quarantined %d%s", t.read(), t.kept(),
              t.duplicates(), t.quarantined(), t.outOfWindow() > 0 ? ", outside --since/--until " + t.outOfWindow() : "");
        });
      }
      names.stage("setup");
      PeriodScope scope = ScopeResolver.resolve(writer, config, stages.contains(Stage.INGEST));
      if (!scope.isAll() && stages.stream().anyMatch(s -> s != Stage.INGEST && s != Stage.REPORT)) {
        LOG.info("incremental run: recomputing periods {}; the other periods are left as they are", scope);
      }
      if (stages.contains(Stage.TOPICS)) {
        timed(names, manifest, "topics", () -> {
          TopicsJob job = new TopicsJob(spark, config);
          TopicsJob.Result r = job.run(writer, scope);
          job.commit(writer);
          return String.format("%d topics, mean NPMI %.3f, diversity %.2f", r.topWords().size(), r.meanNpmi(),
              r.diversity());
        });
      }
      if (stages.contains(Stage.SPEAKERS)) {
        timed(names, manifest, "speakers", () -> {
          long n = new SpeakersJob(spark).run(writer, scope);
          SpeakersJob.commit(writer);
          return n + " quotes";
        });
      }
      if (stages.contains(Stage.STANCE)) {
        timed(names, manifest, "stance", () -> {
          long n = new StanceJob(spark).run(writer, scope);
          StanceJob.commit(writer);
          return n + " spending statements";
        });
      }
      if (stages.contains(Stage.REPORT)) {
        timed(names, manifest, "report", () -> {
          RunSummary summary = stages.contains(Stage.INGEST) ? RunSummary.of(manifest) : null;
          ReportData d = new ReportJob(spark).run(writer, summary);
          ReportJob.commit(writer);
          return String.format("%s/index.html (%d stance periods, %d speaker rows, %d topics)", ReportJob.FOLDER,
              d.stance().size(), d.speakers().size(), d.topics().size());
        });
      }
      names.stage("commit");
      manifest.status = RunManifest.SUCCEEDED;
      manifest.finishedAt = Instant.now();
      manifests.write(manifest);
      writer.commitAll();
      LOG.info("run {} succeeded: tables under {}", runId, writer.root());
      return manifest;
    } catch (Exception | Error e) { // Spark throws its checked SparkException undeclared
      // this run's staged output goes first: on a full disk it is what leaves room for the manifest row
      names.stage("commit");
      writer.cleanUp();
      CorpuscopeException reported = Failures.reported(e, writer.root().toString());
      manifests.fail(manifest, reported);
      throw reported;
    } finally {
      writer.cleanUp();
      lock.close();
      names.close();
    }
  }
}

package io.corpuscope.report;

import io.corpuscope.spark.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code report} stage: reads the output tables, draws the charts and writes
 * {@code report/index.html} (self-contained) plus each chart as a PNG file beside it. Staged and
 * moved into place like a table, so a reader never sees half a report.
 */
public final class ReportJob {
  private static final Logger LOG = LoggerFactory.getLogger(ReportJob.class);
  public static final String FOLDER = "report";

  private final SparkSession spark;

  public ReportJob(SparkSession spark) {
    this.spark = spark;
  }

  /** Writes the report for the tables under the writer's root; {@code run} is null for a report run alone. */
  public ReportData run(TableWriter writer, RunSummary run) {
    ReportData data = new ReportQueries(spark, writer).load(run);
    Map<String, byte[]> charts = new LinkedHashMap<>();
    charts.put("net_stance", draw("net_stance", () -> Charts.netStance(data.stance())));
    charts.put("stance_counts", draw("stance_counts", () -> Charts.stanceCounts(data.stance())));
    charts.put("targets", draw("targets", () -> Charts.targets(data.targets())));
    charts.put("speakers", draw("speakers", () -> Charts.speakers(data.speakers())));
    charts.put("topic_shares", draw("topic_shares", () -> Charts.topicShares(data.topicShares())));
    String html = ReportPage.render(data, charts, Instant.now());

    FileSystem fs = writer.fileSystem();
    Path folder = new Path(writer.stagingPath(FOLDER));
    write(fs, new Path(folder, "index.html"), html.getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, byte[]> c : charts.entrySet()) {
      if (c.getValue().length > 0) {
        write(fs, new Path(folder, c.getKey() + ".png"), c.getValue());
      }
    }
    return data;
  }

  public static void commit(TableWriter writer) {
    writer.commit(FOLDER, false);
  }

  /**
   * Draws one chart. A JVM without a usable font system (a bare headless JRE) cannot draw: the
   * page then says the chart is not available rather than losing the whole report.
   */
  private static byte[] draw(String name, Supplier<byte[]> chart) {
    try {
      return chart.get();
    } catch (RuntimeException | LinkageError | InternalError e) {
      LOG.warn("report: chart {} could not be drawn ({}); the page shows its table only", name, e.toString());
      return new byte[0];
    }
  }

  /**
   * Writes one file of the page. On a local disk it bypasses Hadoop's checksum layer, so the
   * folder an analyst opens holds the page and its charts without hidden {@code .crc} files.
   */
  private static void write(FileSystem fs, Path path, byte[] bytes) {
    FileSystem target = fs instanceof ChecksumFileSystem local ? local.getRawFileSystem() : fs;
    try (OutputStream out = target.create(path, true)) {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + path, e);
    }
  }
}

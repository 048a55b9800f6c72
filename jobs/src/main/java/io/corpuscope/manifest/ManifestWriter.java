package io.corpuscope.manifest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.corpuscope.spark.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the {@code run_manifest} table (one row per run, earlier runs kept), the
 * {@code run_inputs} table (one row per input file of this run) and {@code run_manifest.json}
 * (the latest run). A run's row says {@code running} from its start, then {@code succeeded}
 * (committed with its tables) or {@code failed}; a later run marks a row left {@code running}
 * by a process that died as {@code abandoned}.
 */
public final class ManifestWriter {
  private static final Logger LOG = LoggerFactory.getLogger(ManifestWriter.class);
  private static final String TABLE = "run_manifest";
  private static final String JSON_FILE = "run_manifest.json";
  public static final List<String> STAGE_COLUMNS = List.of("ingest", "topics", "speakers", "stance", "report");

  static final StructType MANIFEST_SCHEMA = manifestSchema();
  static final StructType INPUTS_SCHEMA = new StructType()
      .add("run_id", DataTypes.StringType, false)
      .add("input_file", DataTypes.StringType, false)
      .add("records_read", DataTypes.LongType, false)
      .add("records_kept", DataTypes.LongType, false)
      .add("records_duplicate", DataTypes.LongType, false)
      .add("records_quarantined", DataTypes.LongType, false)
      .add("records_out_of_window", DataTypes.LongType, false);

  private final SparkSession spark;
  private final TableWriter writer;

  public ManifestWriter(SparkSession spark, TableWriter writer) {
    this.spark = spark;
    this.writer = writer;
  }

  /**
   * At the start of a run: records it as {@code running}, and marks runs still {@code running}
   * in the history as {@code abandoned} — the caller holds the output root's lock, so their
   * processes are gone. Moved into place at once, so a run that dies is never taken for one
   * that succeeded.
   */
  public void begin(RunManifest m) {
    writer.stage(TABLE, history(m), null, true);
    writeJson(m);
    writer.commitNow(TABLE, JSON_FILE);
  }

  /**
   * At the end of a successful run: stages its manifest row, JSON and — when it ingested — its
   * run_inputs, committed with its tables.
   */
  public void write(RunManifest m) {
    writer.stage(TABLE, history(m), null, true);
    writeJson(m);
    writer.commit(TABLE, false);
    writer.commit(JSON_FILE, false);
    if (!m.stageSeconds.containsKey("ingest")) {
      return; // a run of later stages read no input: the last ingest's run_inputs stays
    }
    List<Row> inputs = new ArrayList<>();
    for (FileCounts f : m.files) {
      inputs.add(RowFactory.create(m.runId, f.inputFile(), f.read(), f.kept(), f.duplicates(), f.quarantined(),
          f.outOfWindow()));
    }
    writer.stage("run_inputs", spark.createDataFrame(inputs, INPUTS_SCHEMA), null, true);
    writer.commit("run_inputs", false);
  }

  /**
   * After a failure: records the run as {@code failed} with the one-line reason, at once and
   * without its tables. Never throws: the failure itself is what the user must see.
   */
  public void fail(RunManifest m, Throwable error) {
    m.status = RunManifest.FAILED;
    String message = error.getMessage() == null ? error.toString() : error.getMessage();
    m.failure = message.lines().findFirst().orElse(message);
    m.finishedAt = Instant.now();
    try {
      writer.stage(TABLE, history(m), null, true);
      writeJson(m);
      writer.commitNow(TABLE, JSON_FILE);
    } catch (RuntimeException e) {
      LOG.warn("could not record the failed run {} in {}: {}", m.runId, TABLE, e.toString());
    }
  }

  /** The earlier runs (abandoned ones marked) and this one, oldest first. */
  private Dataset<Row> history(RunManifest m) {
    Dataset<Row> row = spark.createDataFrame(List.of(toRow(m)), MANIFEST_SCHEMA);
    Path existing = new Path(writer.root(), TABLE);
    try {
      if (!writer.fileSystem().exists(new Path(existing, "_SUCCESS"))) {
        return row;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Column dead = col("status").equalTo(RunManifest.RUNNING);
    Dataset<Row> old = spark.read().schema(MANIFEST_SCHEMA).parquet(existing.toString())
        .filter(col("run_id").notEqual(m.runId))
        .withColumn("failure", when(dead, lit("stopped without ending (process killed or lost); found by run "
            + m.runId)).otherwise(col("failure")))
        .withColumn("status", when(dead, lit(RunManifest.ABANDONED)).otherwise(col("status")));
    // materialise before the old folder is replaced by the new one
    return old.unionByName(row, true).orderBy("started_at", "run_id").localCheckpoint();
  }

  private static Row toRow(RunManifest m) {
    FileCounts t = m.totals();
    List<Object> v = new ArrayList<>(List.of(m.runId, Timestamp.from(m.startedAt)));
    v.add(m.finishedAt == null ? null : Timestamp.from(m.finishedAt));
    v.add(m.status);
    v.add(m.failure);
    v.add(m.jobsVersion);
    v.add(m.sparkVersion);
    v.add(m.configJson);
    v.add(toJsonArray(m.inputPaths));
    v.add(m.files.size());
    v.addAll(List.of(t.read(), t.kept(), t.duplicates(), t.quarantined(), t.outOfWindow()));
    for (String stage : STAGE_COLUMNS) {
      v.add(m.stageSeconds.get(stage));
    }
    return RowFactory.create(v.toArray());
  }

  private static StructType manifestSchema() {
    StructType s = new StructType()
        .add("run_id", DataTypes.StringType, false)
        .add("started_at", DataTypes.TimestampType, false)
        .add("finished_at", DataTypes.TimestampType, true)
        .add("status", DataTypes.StringType, false)
        .add("failure", DataTypes.StringType, true)
        .add("jobs_version", DataTypes.StringType, false)
        .add("spark_version", DataTypes.StringType, false)
        .add("config_json", DataTypes.StringType, false)
        .add("input_paths", DataTypes.StringType, false)
        .add("files_read", DataTypes.IntegerType, false)
        .add("records_read", DataTypes.LongType, false)
        .add("records_kept", DataTypes.LongType, false)
        .add("records_duplicate", DataTypes.LongType, false)
        .add("records_quarantined", DataTypes.LongType, false)
        .add("records_out_of_window", DataTypes.LongType, false);
    for (String stage : STAGE_COLUMNS) {
      s = s.add(stage + "_seconds", DataTypes.DoubleType, true);
    }
    return s;
  }

  private void writeJson(RunManifest m) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode n = mapper.createObjectNode();
    n.put("run_id", m.runId);
    n.put("started_at", m.startedAt.toString());
    n.put("finished_at", m.finishedAt == null ? null : m.finishedAt.toString());
    n.put("status", m.status);
    n.put("failure", m.failure);
    n.put("jobs_version", m.jobsVersion);
    n.put("spark_version", m.sparkVersion);
    n.set("config", readTree(mapper, m.configJson));
    n.set("input_paths", mapper.valueToTree(m.inputPaths));
    FileCounts t = m.totals();
    ObjectNode counts = n.putObject("counts");
    counts.put("read", t.read()).put("kept", t.kept()).put("duplicates", t.duplicates())
        .put("quarantined", t.quarantined()).put("out_of_window", t.outOfWindow());
    ObjectNode seconds = n.putObject("stage_seconds");
    m.stageSeconds.forEach(seconds::put);
    ArrayNode files = n.putArray("input_files");
    for (FileCounts f : m.files) {
      files.addObject().put("input_file", f.inputFile()).put("read", f.read()).put("kept", f.kept())
          .put("duplicates", f.duplicates()).put("quarantined", f.quarantined()).put("out_of_window", f.outOfWindow());
    }
    try (OutputStream out = writer.fileSystem().create(new Path(writer.stagingPath(JSON_FILE)), true)) {
      out.write(mapper.writeValueAsString(n).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode readTree(ObjectMapper mapper, String json) {
    try {
      return mapper.readTree(json);
    } catch (IOException e) {
      return mapper.getNodeFactory().textNode(json);
    }
  }

  private static String toJsonArray(List<String> values) {
    try {
      return new ObjectMapper().writeValueAsString(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

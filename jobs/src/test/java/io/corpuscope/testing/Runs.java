package io.corpuscope.testing;

import io.corpuscope.config.ConfigResolver;
import io.corpuscope.config.JobConfig;
import io.corpuscope.manifest.RunManifest;
import io.corpuscope.pipeline.Pipeline;
import io.corpuscope.pipeline.Stage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Runs the pipeline on the shared test session, configured like the command line would. */
public final class Runs {
  private Runs() {}

  /** Builds a config from {@code key, value, key, value...}; list keys take comma-separated values. */
  public static JobConfig config(String... keyValues) {
    Map<String, List<String>> cli = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      cli.put(keyValues[i], new ArrayList<>(List.of(keyValues[i + 1].split(","))));
    }
    return new ConfigResolver(Map.of()).resolve(cli);
  }

  public static RunManifest ingest(Path input, Path output, String... more) {
    return run(EnumSet.of(Stage.INGEST), "test-run", input, output, more);
  }

  /** Runs {@code stages} on {@code input} into {@code output}, with more {@code key, value} settings. */
  public static RunManifest run(EnumSet<Stage> stages, String runId, Path input, Path output, String... more) {
    String[] kv = new String[more.length + 4];
    kv[0] = "input";
    kv[1] = input.toString();
    kv[2] = "output";
    kv[3] = output.toString();
    System.arraycopy(more, 0, kv, 4, more.length);
    return new Pipeline(config(kv)).run(SharedSpark.session(), stages, runId, Instant.now());
  }

  public static Dataset<Row> table(Path output, String table) {
    return SharedSpark.session().read().parquet(output.resolve(table).toString());
  }
}

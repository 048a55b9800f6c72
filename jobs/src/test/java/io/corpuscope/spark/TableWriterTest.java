package io.corpuscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.testing.SharedSpark;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Staged tables stay out of sight until the run commits, but the run's later stages see them. */
@ExtendWith(SharedSpark.class)
class TableWriterTest {
  private static final StructType SCHEMA = new StructType().add("id", DataTypes.StringType)
      .add("period", DataTypes.StringType);

  @TempDir Path out;

  private static Dataset<Row> rows(String... idPeriod) {
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < idPeriod.length; i += 2) {
      rows.add(RowFactory.create(idPeriod[i], idPeriod[i + 1]));
    }
    return SharedSpark.session().createDataFrame(rows, SCHEMA);
  }

  private TableWriter writer(String runId) {
    return new TableWriter(out.toString(), runId, SharedSpark.session().sparkContext().hadoopConfiguration());
  }

  private static List<String> ids(Dataset<Row> t) {
    return t.orderBy("id").collectAsList().stream().map(r -> r.<String>getAs("id") + "@" + r.getAs("period")).toList();
  }

  @Test
  void aPartitionedTableStagedForOnePeriodIsReadOverItsCommittedOtherPeriods() {
    SparkSession spark = SharedSpark.session();
    TableWriter first = writer("first");
    first.stage("t", rows("a", "2025-03", "b", "2025-04"), "period", false);
    first.commit("t", true);
    first.commitAll();
    first.cleanUp();

    TableWriter second = writer("second");
    second.stage("t", rows("c", "2025-04"), "period", false);
    second.commit("t", true);
    // the run sees its own April over the committed March; readers still see the first run
    assertThat(ids(second.read(spark, "t"))).containsExactly("a@2025-03", "c@2025-04");
    assertThat(ids(spark.read().parquet(out.resolve("t").toString()))).containsExactly("a@2025-03", "b@2025-04");

    second.commitAll();
    second.cleanUp();
    assertThat(ids(spark.read().parquet(out.resolve("t").toString()))).containsExactly("a@2025-03", "c@2025-04");
    assertThat(out.resolve("t/_SUCCESS")).exists();
    assertThat(out.resolve("_staging")).doesNotExist();
  }

  @Test
  void aRunThatFailsBeforeItsCommitLeavesNothingBehind() {
    TableWriter run = writer("failing");
    run.stage("u", rows("x", "2025-01"), null, true);
    run.commit("u", false);
    run.cleanUp();
    assertThat(out.resolve("u")).doesNotExist();
    assertThat(out.resolve("_staging")).doesNotExist();
    assertThat(run.read(SharedSpark.session(), "u")).isNull();
  }
}

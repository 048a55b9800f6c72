package io.corpuscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** How many shuffle partitions a run gets, locally and under spark-submit. */
class SparkSessionsTest {
  private static SparkConf conf(String master) {
    return new SparkConf(false).setMaster(master);
  }

  @Test
  void localRunsGetTwiceTheCores() {
    assertThat(SparkSessions.shufflePartitions(conf("local[*]"), 8, 0)).isEqualTo(16);
    assertThat(SparkSessions.shufflePartitions(conf("local[1]"), 1, 0)).isEqualTo(4);
  }

  @Test
  void theShufflePartitionsOptionWinsEverywhere() {
    assertThat(SparkSessions.shufflePartitions(conf("local[2]"), 2, 7)).isEqualTo(7);
    assertThat(SparkSessions.shufflePartitions(conf("yarn").set("spark.sql.shuffle.partitions", "300"), 2, 7))
        .isEqualTo(7);
  }

  @Test
  void clusterRunsKeepSparksSettingRatherThanTheCoresCountedAtStart() {
    assertThat(SparkSessions.shufflePartitions(conf("spark://127.0.0.1:7077"), 2, 0)).isZero();
    assertThat(SparkSessions.shufflePartitions(conf("yarn").set("spark.sql.shuffle.partitions", "300"), 2, 0))
        .isZero();
  }

  @Test
  void aShufflePartitionsSettingGivenToSparkIsKeptInLocalModeToo() {
    assertThat(SparkSessions.shufflePartitions(conf("local[2]").set("spark.sql.shuffle.partitions", "9"), 2, 0))
        .isZero();
  }
}

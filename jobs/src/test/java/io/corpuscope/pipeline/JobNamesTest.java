package io.corpuscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.spark.JobNames;
import io.corpuscope.testing.JobLog;
import io.corpuscope.testing.SampleRun;
import io.corpuscope.testing.SharedSpark;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every Spark job of a run names the run and the stage it belongs to (Spark UI, event log). */
@ExtendWith(SharedSpark.class)
class JobNamesTest {
  @Test
  void everyJobOfTheSampleRunNamesItsRunAndStage() {
    Map<String, Integer> groups = SampleRun.jobGroups();
    System.out.println("sample run, Spark jobs per group: " + groups);
    assertThat(groups).doesNotContainKey(JobLog.NONE);
    for (String stage : new String[] {"ingest", "topics", "speakers", "stance", "report", "commit"}) {
      assertThat(groups).containsKey(JobNames.group(SampleRun.RUN_ID, stage));
    }
    assertThat(groups.keySet()).allMatch(g -> g.startsWith("corpuscope:" + SampleRun.RUN_ID + ":"));
  }

  @Test
  void theCallersOwnGroupComesBackAfterARun() {
    var sc = SharedSpark.session().sparkContext();
    sc.setJobGroup("a-notebook-cell", "the caller's", false);
    try {
      try (JobNames names = JobNames.forRun(sc, "r1")) {
        names.stage("stance");
        assertThat(sc.getLocalProperty("spark.jobGroup.id")).isEqualTo("corpuscope:r1:stance");
      }
      assertThat(sc.getLocalProperty("spark.jobGroup.id")).isEqualTo("a-notebook-cell");
    } finally {
      sc.clearJobGroup();
    }
  }
}

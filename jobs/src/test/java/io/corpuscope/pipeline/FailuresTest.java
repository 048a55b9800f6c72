package io.corpuscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.errors.ErrorKind;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The one line a failed run reports, without Spark: full disks name the output root. */
class FailuresTest {
  @Test
  void aFullDiskDeepInASparkFailureNamesTheOutputRoot() {
    Exception spark = new RuntimeException("Job aborted due to stage failure: Task 0 in stage 3.0 failed 1 times,"
        + " most recent failure: ...\n\tat org.apache.spark...", new IOException("No space left on device"));
    CorpuscopeException r = Failures.reported(new IllegalStateException("writing rows", spark), "/mnt/small");
    assertThat(r.getMessage()).startsWith("--output /mnt/small: no space left on device").doesNotContain("\n");
    assertThat(r.kind()).isEqualTo(ErrorKind.INTERNAL);
  }

  @Test
  void anyOtherFailureIsItsRootCauseOnOneLine() {
    Exception spark = new RuntimeException("Job aborted due to stage failure:\nstage dump", new ArithmeticException("/ by zero"));
    CorpuscopeException r = Failures.reported(spark, "out");
    assertThat(r.getMessage()).isEqualTo("internal error: java.lang.ArithmeticException: / by zero"
        + " (run again with --verbose for the stack trace)");
  }

  @Test
  void aTypedFailureKeepsItsMessageAndExitCode() {
    CorpuscopeException usage = CorpuscopeException.usage("--period: fortnight is not a period");
    assertThat(Failures.reported(new RuntimeException(usage), "out")).isSameAs(usage);
  }
}

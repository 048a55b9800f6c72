package io.corpuscope.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.corpuscope.cli.Main;
import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.errors.ErrorKind;
import io.corpuscope.manifest.RunManifest;
import io.corpuscope.pipeline.Pipeline;
import io.corpuscope.pipeline.Stage;
import io.corpuscope.testing.Fixtures;
import io.corpuscope.testing.Repo;
import io.corpuscope.testing.Runs;
import io.corpuscope.testing.SharedSpark;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** One run per output root: a second run refuses while the first holds the lock; a dead run's lock is taken over. */
@ExtendWith(SharedSpark.class)
class RunLockTest {
  private static final Duration DAY = Duration.ofHours(24);

  @TempDir Path out;

  private static FileSystem fs() throws Exception {
    return FileSystem.getLocal(new Configuration());
  }

  private static org.apache.hadoop.fs.Path root(Path dir) {
    return new org.apache.hadoop.fs.Path(dir.toUri());
  }

  /** A lock file as another run would have left it. */
  private Path lockHeldBy(String runId, String host, long pid, Instant startedAt) throws Exception {
    return Files.writeString(out.resolve(RunLock.FILE), "{\"run_id\":\"" + runId + "\",\"host\":\"" + host
        + "\",\"pid\":" + pid + ",\"started_at\":\"" + startedAt + "\"}");
  }

  private static long pidOfAnEndedProcess() throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    p.waitFor();
    assumeTrue(ProcessHandle.of(p.pid()).isEmpty(), "the ended process's pid is already reused");
    return p.pid();
  }

  @Test
  void aSecondRunRefusesWithOneLineNamingTheRunThatHoldsTheRoot() throws Exception {
    try (RunLock held = RunLock.acquire(fs(), root(out), "first-run", false, DAY)) {
      var second = new Pipeline(Runs.config("input", Repo.sample().toString(), "output", out.toString()));
      assertThatThrownBy(() -> second.run(SharedSpark.session(), EnumSet.of(Stage.INGEST), "second-run", Instant.now()))
          .isInstanceOf(CorpuscopeException.class)
          .hasMessageStartingWith("--output ")
          .hasMessageContaining("run first-run (host ")
          .hasMessageContaining("is using this output root")
          .hasMessageContaining("delete " + out.resolve(RunLock.FILE))
          .hasMessageContaining("--force-unlock")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"))
          .satisfies(e -> assertThat(((CorpuscopeException) e).kind()).isEqualTo(ErrorKind.BUSY));
      // the refused run wrote nothing, not even a manifest row
      assertThat(out.resolve("run_manifest")).doesNotExist();
      assertThat(out.resolve("_staging")).doesNotExist();
      assertThat(Files.readString(out.resolve(RunLock.FILE))).contains("\"run_id\":\"first-run\"");
    }
    assertThat(out.resolve(RunLock.FILE)).doesNotExist();
  }

  @Test
  void theCommandLineExitsWithCode75RetryLaterWhileTheRootIsLocked() throws Exception {
    try (RunLock held = RunLock.acquire(fs(), root(out), "first-run", false, DAY)) {
      assertThat(Main.execute(Map.of(), "ingest", "--input", Repo.sample().toString(), "--output", out.toString(),
          "--master", "local[2]")).isEqualTo(75);
    }
  }

  @Test
  void aLockWhoseProcessHasEndedOnThisHostIsTakenOverAndRemovedAfterTheRun() throws Exception {
    lockHeldBy("killed-run", InetAddress.getLocalHost().getHostName(), pidOfAnEndedProcess(), Instant.now());
    Path input = Fixtures.write(out.resolve("../in/a.jsonl"), Fixtures.jsonl("a", "2025-04-03",
        Fixtures.story("Mark Rutte", "spend more")));
    RunManifest m = Runs.ingest(input, out);
    assertThat(m.status).isEqualTo(RunManifest.SUCCEEDED);
    assertThat(out.resolve("articles/_SUCCESS")).exists();
    assertThat(out.resolve(RunLock.FILE)).doesNotExist();
  }

  @Test
  void aLockOlderThanTheTimeoutIsTakenOverFromAnyHostAndAYoungerOneIsNot() throws Exception {
    lockHeldBy("elsewhere-run", "another-host", 4242, Instant.now().minus(Duration.ofHours(2)));
    assertThatThrownBy(() -> RunLock.acquire(fs(), root(out), "mine", false, Duration.ofHours(3)))
        .hasMessageContaining("run elsewhere-run (host another-host, pid 4242");
    try (RunLock lock = RunLock.acquire(fs(), root(out), "mine", false, Duration.ofHours(1))) {
      assertThat(Files.readString(out.resolve(RunLock.FILE))).contains("\"run_id\":\"mine\"");
    }
  }

  @Test
  void aPidNowUsedByAProcessStartedAfterTheLockDoesNotHoldIt() throws Exception {
    assumeTrue(ProcessHandle.current().info().startInstant().isPresent(), "no process start times here");
    // this JVM's pid, but the lock is from before this JVM started: the pid was reused
    lockHeldBy("old-run", InetAddress.getLocalHost().getHostName(), ProcessHandle.current().pid(),
        ProcessHandle.current().info().startInstant().get().minus(Duration.ofHours(1)));
    try (RunLock lock = RunLock.acquire(fs(), root(out), "mine", false, DAY)) {
      assertThat(Files.readString(out.resolve(RunLock.FILE))).contains("\"run_id\":\"mine\"");
    }
  }

  @Test
  void forceUnlockRefusesWhileTheHoldingProcessIsAliveOnThisHost() throws Exception {
    try (RunLock first = RunLock.acquire(fs(), root(out), "first-run", false, DAY)) {
      assertThatThrownBy(() -> RunLock.acquire(fs(), root(out), "forced-run", true, DAY))
          .hasMessageContaining("refusing --force-unlock").hasMessageContaining("is alive on this host")
          .satisfies(e -> assertThat(((CorpuscopeException) e).kind()).isEqualTo(ErrorKind.BUSY));
      assertThat(Files.readString(out.resolve(RunLock.FILE))).contains("\"run_id\":\"first-run\"");
    }
  }

  @Test
  void forceUnlockTakesOverTheLockOfARunOnAnotherHostWhichThenLeavesItAlone() throws Exception {
    lockHeldBy("elsewhere-run", "another-host", 4242, Instant.now());
    try (RunLock forced = RunLock.acquire(fs(), root(out), "forced-run", true, DAY)) {
      assertThat(Files.readString(out.resolve(RunLock.FILE))).contains("\"run_id\":\"forced-run\"");
    }
    assertThat(out.resolve(RunLock.FILE)).doesNotExist();
  }

  @Test
  void aRunWhoseLockWasTakenOverFailsAtItsCommitAndMovesNothing() throws Exception {
    Path input = Fixtures.write(out.resolve("../fenced-in/a.jsonl"), Fixtures.jsonl("a", "2025-04-03",
        Fixtures.story("Mark Rutte", "spend more")));
    var writer = new TableWriter(out.toString(), "fenced-run", new Configuration());
    try (RunLock lock = RunLock.acquire(fs(), root(out), "fenced-run", false, DAY)) {
      writer.fence(lock::verifyHeld);
      writer.stage("articles", SharedSpark.session().read().json(input.toString()), null, false);
      writer.commit("articles", false);
      // another run (another host, or --force-unlock after a stale heartbeat) takes the root over
      fs().delete(new org.apache.hadoop.fs.Path(root(out), RunLock.FILE), false); // and its checksum file
      lockHeldBy("usurper-run", "another-host", 4242, Instant.now());
      assertThatThrownBy(writer::commitAll).isInstanceOf(CorpuscopeException.class)
          .hasMessageContaining("this run lost its lock to run usurper-run")
          .satisfies(e -> assertThat(((CorpuscopeException) e).kind()).isEqualTo(ErrorKind.INTERNAL));
      assertThat(out.resolve("articles")).doesNotExist();
    }
    assertThat(Files.readString(out.resolve(RunLock.FILE))).contains("usurper-run");
  }

  @Test
  void anUnreadableLockIsNotTakenOverBeforeTheTimeout() throws Exception {
    Files.writeString(out.resolve(RunLock.FILE), "");
    assertThatThrownBy(() -> RunLock.acquire(fs(), root(out), "mine", false, DAY))
        .hasMessageContaining("unreadable lock").hasMessageContaining("--force-unlock");
  }
}

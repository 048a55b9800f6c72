package io.corpuscope.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corpuscope.config.ConfigKeys;
import io.corpuscope.config.JobConfig;
import io.corpuscope.errors.CorpuscopeException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run at a time per output root. The lock is the file {@code _corpuscope.lock} under the
 * root, made with Hadoop's create-without-overwrite (atomic on HDFS and local disks; on object
 * stores as strong as their create), holding the run id, host, pid (and PID namespace) and
 * start of its run, and removed when the run ends, however it ends. A second run refuses to
 * start, saying who holds the lock. A lock left by a run that died is stale and taken over: on
 * the same host (and PID namespace, so that containers sharing a host name do not judge each
 * other's processes) when its process is gone, on any host when it is older than
 * {@code --lock-timeout-hours};
 * {@code --force-unlock} takes over any lock but that of a run still alive on this host. The lock
 * is also a fencing token: before every move of its commit a run checks that the lock is still
 * its own ({@link #verifyHeld}), so a run whose lock was taken over never reports success.
 */
public final class RunLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunLock.class);
  public static final String FILE = "_corpuscope.lock";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Who holds a lock: what the lock file says. */
  public record Holder(String runId, String host, String pidNamespace, long pid, Instant startedAt) {
    static Holder self(String runId) {
      return new Holder(runId, thisHost(), thisPidNamespace(), ProcessHandle.current().pid(), Instant.now());
    }

    /** Whether this holder's pid can be looked up here: same host, same PID namespace (where known). */
    boolean sameMachine(Holder other) {
      return host.equals(other.host)
          && (pidNamespace.isEmpty() || other.pidNamespace.isEmpty() || pidNamespace.equals(other.pidNamespace));
    }

    String describe() {
      return pid < 0 ? "a run that left an unreadable lock (written " + startedAt + ")"
          : "run " + runId + " (host " + host + ", pid " + pid + ", started " + startedAt + ")";
    }
  }

  private final FileSystem fs;
  private final Path file;
  private final Holder self;

  private RunLock(FileSystem fs, Path file, Holder self) {
    this.fs = fs;
    this.file = file;
    this.self = self;
  }

  /** Takes the lock of the writer's output root, as configured (--force-unlock, --lock-timeout-hours). */
  public static RunLock acquire(TableWriter writer, String runId, JobConfig config) {
    return acquire(writer.fileSystem(), writer.root(), runId, config.get(ConfigKeys.FORCE_UNLOCK),
        Duration.ofHours(config.get(ConfigKeys.LOCK_TIMEOUT_HOURS)));
  }

  /**
   * Takes the lock of {@code root} for {@code runId}, taking over a stale one, or throws a
   * usage error (exit code 2) naming the run that holds it and how to remove the lock.
   */
  public static RunLock acquire(FileSystem fs, Path root, String runId, boolean force, Duration timeout) {
    Path file = new Path(root, FILE);
    Holder self = Holder.self(runId);
    try {
      if (fs.exists(root) && !fs.getFileStatus(root).isDirectory()) {
        throw CorpuscopeException.usage("--output " + root + ": is a file, not a folder");
      }
      // a few attempts: the lock may vanish or change hands between two looks
      for (int attempt = 0; attempt < 3; attempt++) {
        if (tryCreate(fs, file, self)) {
          return new RunLock(fs, file, self);
        }
        Holder holder;
        try {
          holder = read(fs, file);
        } catch (FileNotFoundException e) {
          continue;
        }
        if (force && holder.sameMachine(self) && holder.pid() > 0 && alive(holder)) {
          throw busy("--output " + root + ": refusing --force-unlock: " + holder.describe()
              + " is alive on this host; wait for it to end or stop it first");
        }
        String stale = force ? "--force-unlock" : staleReason(holder, self, Instant.now(), timeout).orElse(null);
        if (stale == null) {
          throw busy("--output " + root + ": " + holder.describe()
              + " is using this output root; wait for it to end, or if it is dead delete " + file
              + " or run again with --force-unlock");
        }
        LOG.warn("taking over the lock of {}: {}", holder.describe(), stale);
        takeOver(fs, file, holder, runId);
      }
      throw busy("--output " + root + ": another run took this output root first; wait for it to end");
    } catch (IOException e) {
      throw CorpuscopeException.usage("--output " + root + ": cannot create the lock file " + file + ": "
          + e.getMessage());
    }
  }

  private static CorpuscopeException busy(String message) {
    return new CorpuscopeException(io.corpuscope.errors.ErrorKind.BUSY, message);
  }

  /**
   * Fails (exit code 1) unless this run still holds the lock: another run took it over
   * ({@code --force-unlock}, or a timeout judged this run dead), and so owns the output root now.
   */
  public void verifyHeld() {
    Holder now;
    try {
      now = fs.exists(file) ? read(fs, file) : null;
    } catch (IOException e) {
      now = null;
    }
    if (!self.equals(now)) {
      throw new CorpuscopeException(io.corpuscope.errors.ErrorKind.INTERNAL, "--output " + file.getParent()
          + ": this run lost its lock to " + (now == null ? "no one (the lock file was removed)" : now.describe())
          + "; nothing of this run was committed");
    }
  }

  /**
   * Why a lock is stale, if it is: its process has ended on this host (or the pid now belongs
   * to a process started after the lock), or it is older than {@code timeout}.
   */
  static Optional<String> staleReason(Holder h, Holder self, Instant now, Duration timeout) {
    if (h.sameMachine(self) && h.pid() > 0 && !alive(h)) {
      return Optional.of("its process " + h.pid() + " is no longer running on this host");
    }
    if (h.startedAt().plus(timeout).isBefore(now)) {
      return Optional.of("it is older than " + timeout.toHours() + " h (--lock-timeout-hours)");
    }
    return Optional.empty();
  }

  private static boolean alive(Holder h) {
    return ProcessHandle.of(h.pid())
        .filter(ProcessHandle::isAlive)
        // a pid reused by a process that started after the lock was taken is not the holder
        .filter(p -> p.info().startInstant().map(s -> !s.isAfter(h.startedAt().plusSeconds(1))).orElse(true))
        .isPresent();
  }

  /** Removes a stale lock — only if it is still the one judged stale, not a newer run's. */
  private static void takeOver(FileSystem fs, Path file, Holder stale, String runId) throws IOException {
    Path aside = new Path(file.getParent(), FILE + "." + runId + ".stale");
    if (!fs.rename(file, aside)) {
      return; // gone meanwhile
    }
    if (!read(fs, aside).equals(stale)) {
      fs.rename(aside, file); // a newer lock: put it back, and look again
      return;
    }
    fs.delete(aside, false);
  }

  private static boolean tryCreate(FileSystem fs, Path file, Holder self) throws IOException {
    if (fs.exists(file)) {
      return false;
    }
    try (OutputStream out = fs.create(file, false)) {
      out.write(JSON.writeValueAsBytes(JSON.createObjectNode().put("run_id", self.runId())
          .put("host", self.host()).put("pid_namespace", self.pidNamespace()).put("pid", self.pid())
          .put("started_at", self.startedAt().toString())));
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    }
  }

  /** What the lock file says; a file that cannot be parsed (cut short) counts from its modification time. */
  static Holder read(FileSystem fs, Path file) throws IOException {
    try (InputStream in = fs.open(file)) {
      JsonNode n = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return new Holder(n.path("run_id").asText("?"), n.path("host").asText("?"), n.path("pid_namespace").asText(""),
          n.path("pid").asLong(-1),
          Instant.parse(n.path("started_at").asText()));
    } catch (IOException | RuntimeException e) {
      if (!fs.exists(file)) {
        throw e;
      }
      return new Holder("?", "?", "", -1, Instant.ofEpochMilli(fs.getFileStatus(file).getModificationTime()));
    }
  }

  /** Removes the lock if this run still holds it (a forced take-over may have replaced it). */
  @Override
  public void close() {
    try {
      if (fs.exists(file) && read(fs, file).equals(self)) {
        fs.delete(file, false);
      }
    } catch (IOException e) {
      LOG.warn("could not remove the lock {}: {}", file, e.toString());
    }
  }

  /** Linux's id of this process's PID namespace ("pid:[4026531836]"); empty elsewhere. */
  private static String thisPidNamespace() {
    try {
      return Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/ns/pid")).toString();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return "";
    }
  }

  private static String thisHost() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      String env = System.getenv("HOSTNAME");
      return env == null ? "unknown" : env;
    }
  }
}

package io.corpuscope.spark;

import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.errors.ErrorKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the output tables so that readers never see half a table nor half a run: each table
 * is first written whole under {@code _staging/<run_id>/}, and the run's tables are moved into
 * place together once every stage succeeded ({@link TableCommit}) — a partitioned table
 * partition by partition (replacing only the periods this run wrote, leaving the others
 * intact), any other table as a whole. Each table gets a {@code _SUCCESS} marker. A run that
 * fails or is killed before that leaves the previous run's tables in place.
 */
public final class TableWriter {
  private static final Logger LOG = LoggerFactory.getLogger(TableWriter.class);

  private final Path root;
  private final Path staging;
  private final FileSystem fs;
  private final List<TableCommit.Entry> queued = new ArrayList<>();
  private Runnable fence = () -> { };

  public TableWriter(String outputRoot, String runId, Configuration hadoop) {
    try {
      this.root = new Path(outputRoot);
      this.fs = root.getFileSystem(hadoop);
      this.staging = new Path(new Path(root, "_staging"), runId);
    } catch (IOException | IllegalArgumentException e) {
      throw CorpuscopeException.usage("--output " + outputRoot + ": " + e.getMessage());
    }
  }

  /**
   * Makes every commit check, before it writes its journal and before each move, that this run
   * may still write (the run lock's {@link RunLock#verifyHeld}).
   */
  public void fence(Runnable check) {
    this.fence = check;
  }

  public Path root() {
    return root;
  }

  public FileSystem fileSystem() {
    return fs;
  }

  /** Writes {@code table} under the staging folder; {@code partitionColumn} may be null. */
  public void stage(String table, Dataset<Row> rows, String partitionColumn, boolean singleFile) {
    Dataset<Row> out = rows;
    if (singleFile) {
      out = out.coalesce(1);
    } else if (partitionColumn != null) {
      // one task per period: a handful of files per partition, not one per task
      out = out.repartition(out.col(partitionColumn));
    }
    var writer = out.write().mode(SaveMode.Overwrite);
    if (partitionColumn != null) {
      writer = writer.partitionBy(partitionColumn);
    }
    writer.parquet(new Path(staging, table).toString());
  }

  /** Where {@code name} is staged, for outputs that are not DataFrames (a saved model). */
  public String stagingPath(String name) {
    return new Path(staging, name).toString();
  }

  /**
   * Adds a staged table to this run's commit: {@link #commitAll} moves it into place with the
   * run's other outputs, once every stage has succeeded. Until then later stages see it
   * through {@link #read}, and readers of the output root see the previous run's table.
   */
  public void commit(String table, boolean partitioned) {
    queued.add(new TableCommit.Entry(table, partitioned));
  }

  /** Moves every table added by {@link #commit} into place, in the order they were added. */
  public void commitAll() {
    List<TableCommit.Entry> entries = List.copyOf(queued);
    queued.clear();
    run(entries);
  }

  /**
   * Moves the named staged outputs (tables not partitioned, or files) into place now, apart
   * from the rest of the run: the run manifest's own rows.
   */
  public void commitNow(String... names) {
    List<TableCommit.Entry> entries = new ArrayList<>();
    for (String name : names) {
      entries.add(new TableCommit.Entry(name, false));
      queued.removeIf(e -> e.name().equals(name));
    }
    run(entries);
  }

  private void run(List<TableCommit.Entry> entries) {
    try {
      new TableCommit(fs, root, staging, fence).run(entries);
      LOG.debug("committed {}", entries);
    } catch (IOException e) {
      throw new CorpuscopeException(ErrorKind.INTERNAL, "could not move the tables of this run into " + root + ": "
          + e + " (the next run finishes the move)", e);
    }
  }

  /**
   * Deals with what runs that died left under {@code _staging/}: a commit cut short is finished
   * (its tables were complete), anything else is discarded. Call it at the start of a run,
   * before staging anything, while holding the output root's {@link RunLock} so that no other
   * run can be writing. Returns the run ids found.
   */
  public List<String> recoverLeftovers() {
    Path parent = staging.getParent();
    List<String> found = new ArrayList<>();
    try {
      if (!fs.exists(parent)) {
        return found;
      }
      for (FileStatus left : fs.listStatus(parent)) {
        if (!left.isDirectory()) {
          continue;
        }
        String runId = left.getPath().getName();
        if (new TableCommit(fs, root, left.getPath(), fence).resume()) {
          LOG.warn("run {} stopped while moving its tables into place; finished moving them", runId);
        } else {
          LOG.warn("run {} stopped before its tables were complete; discarded what it had staged", runId);
        }
        fs.delete(left.getPath(), true);
        found.add(runId);
      }
      return found;
    } catch (IOException e) {
      throw new CorpuscopeException(ErrorKind.INTERNAL, "could not clean up " + parent + " after an earlier run: "
          + e, e);
    }
  }

  /**
   * A table as this run sees it: what the run staged, over what is committed. A partitioned
   * table staged for some periods only (an incremental run) keeps its committed other periods.
   * Null when the table is neither staged nor committed.
   */
  public Dataset<Row> read(SparkSession spark, String table) {
    Path staged = new Path(staging, table);
    Path committed = new Path(root, table);
    try {
      boolean isCommitted = fs.exists(new Path(committed, "_SUCCESS"));
      if (!hasData(staged)) {
        return isCommitted ? spark.read().parquet(committed.toString()) : null;
      }
      Dataset<Row> mine = spark.read().parquet(staged.toString());
      Set<String> periods = partitionNames(staged);
      if (!isCommitted || periods.isEmpty()) {
        return mine;
      }
      List<String> others = new ArrayList<>();
      for (String name : partitionNames(committed)) {
        if (!periods.contains(name)) {
          others.add(new Path(committed, name).toString());
        }
      }
      if (others.isEmpty()) {
        return mine;
      }
      Dataset<Row> old = spark.read().option("basePath", committed.toString()).parquet(others.toArray(String[]::new));
      return mine.unionByName(old);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The periods of {@code table} this run has staged (from its {@code period=} folders). */
  public Set<String> stagedPeriods(String table) {
    return periodsUnder(new Path(staging, table));
  }

  /** The periods of {@code table} in place from earlier runs; empty when it has none. */
  public Set<String> committedPeriods(String table) {
    Path committed = new Path(root, table);
    try {
      return fs.exists(new Path(committed, "_SUCCESS")) ? periodsUnder(committed) : new TreeSet<>();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A table in place from earlier runs, ignoring what this run staged; null when there is none. */
  public Dataset<Row> readCommitted(SparkSession spark, String table) {
    Path committed = new Path(root, table);
    try {
      return fs.exists(new Path(committed, "_SUCCESS")) ? spark.read().parquet(committed.toString()) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Set<String> periodsUnder(Path table) {
    Set<String> periods = new TreeSet<>();
    try {
      if (fs.exists(table)) {
        for (String name : partitionNames(table)) {
          if (name.startsWith("period=")) {
            periods.add(name.substring("period=".length())); // labels need no escaping: digits, '-', 'W', 'Q'
          }
        }
      }
      return periods;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a staged table has rows to read: files or partitions beside Spark's markers. */
  private boolean hasData(Path table) throws IOException {
    if (!fs.exists(table)) {
      return false;
    }
    for (FileStatus s : fs.listStatus(table)) {
      String name = s.getPath().getName();
      if (!name.startsWith("_") && !name.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private Set<String> partitionNames(Path table) throws IOException {
    Set<String> names = new TreeSet<>();
    for (FileStatus s : fs.listStatus(table)) {
      if (s.isDirectory() && s.getPath().getName().contains("=")) {
        names.add(s.getPath().getName());
      }
    }
    return names;
  }

  /**
   * Removes this run's staging folder (after commit, or after a failure) — unless a commit was
   * cut short, which the next run finishes from it.
   */
  public void cleanUp() {
    try {
      if (new TableCommit(fs, root, staging, fence).pending()) {
        LOG.warn("the tables of this run were not all moved into place; the next run on {} finishes the move", root);
        return;
      }
      fs.delete(staging, true);
      Path parent = staging.getParent();
      FileStatus[] left = fs.exists(parent) ? fs.listStatus(parent) : new FileStatus[0];
      if (left.length == 0) {
        fs.delete(parent, true);
      }
    } catch (IOException e) {
      LOG.warn("could not remove staging folder {}: {}", staging, e.toString());
    }
  }

}

package io.corpuscope.spark;

import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.errors.ErrorKind;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the output tables so that readers never see half a table: each table is first written
 * whole under {@code _staging/<run_id>/}, then moved into place — a partitioned table
 * partition by partition (replacing only the periods this run wrote, leaving the others
 * intact), any other table as a whole. Each table gets a {@code _SUCCESS} marker.
 */
public final class TableWriter {
  private static final Logger LOG = LoggerFactory.getLogger(TableWriter.class);

  private final Path root;
  private final Path staging;
  private final FileSystem fs;

  public TableWriter(String outputRoot, String runId, Configuration hadoop) {
    try {
      this.root = new Path(outputRoot);
      this.fs = root.getFileSystem(hadoop);
      this.staging = new Path(new Path(root, "_staging"), runId);
    } catch (IOException | IllegalArgumentException e) {
      throw CorpuscopeException.usage("--output " + outputRoot + ": " + e.getMessage());
    }
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

  /** Moves every staged table into place; then removes the staging folder. */
  public void commit(String table, boolean partitioned) {
    Path from = new Path(staging, table);
    Path to = new Path(root, table);
    try {
      if (!fs.exists(from)) {
        return;
      }
      fs.delete(new Path(from, "_SUCCESS"), false);
      if (partitioned) {
        fs.mkdirs(to);
        for (FileStatus part : fs.listStatus(from)) {
          Path target = new Path(to, part.getPath().getName());
          if (fs.exists(target)) {
            fs.delete(target, true);
          }
          rename(part.getPath(), target);
        }
        fs.delete(from, true);
      } else {
        if (fs.exists(to)) {
          fs.delete(to, true);
        }
        fs.mkdirs(to.getParent());
        rename(from, to);
      }
      fs.create(new Path(to, "_SUCCESS"), true).close();
      LOG.debug("committed {}", to);
    } catch (IOException e) {
      throw new CorpuscopeException(ErrorKind.INTERNAL, "could not move table " + table + " into " + to + ": " + e, e);
    }
  }

  /** Removes this run's staging folder (after commit, or after a failure). */
  public void cleanUp() {
    try {
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

  private void rename(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("rename " + from + " -> " + to + " failed");
    }
  }
}

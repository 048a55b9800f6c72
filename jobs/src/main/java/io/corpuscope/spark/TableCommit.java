package io.corpuscope.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Moves a run's staged outputs from {@code _staging/<run_id>/} into place under the output
 * root, in a way the next run can finish if the process dies half-way: the list of outputs is
 * written to {@code _staging/<run_id>/_COMMIT} before the first move and removed after the
 * last, and every move can be repeated. A table replaced as a whole is one rename; a
 * partitioned table is replaced period by period, its other periods kept. What a move replaces
 * is renamed aside into {@code _staging/<run_id>/_replaced/} (not deleted first), so a table is
 * absent for one rename at most.
 */
final class TableCommit {
  static final String JOURNAL = "_COMMIT";
  static final String REPLACED = "_replaced";
  private static final String SUCCESS = "_SUCCESS";

  /** One output to move: a table folder (partitioned by period or not) or a single file. */
  record Entry(String name, boolean partitioned) {}

  private final FileSystem fs;
  private final Path root;
  private final Path staging;
  /** Run before the journal is written and before every move: throws when this run may no longer write. */
  private final Runnable fence;

  TableCommit(FileSystem fs, Path root, Path staging, Runnable fence) {
    this.fs = fs;
    this.root = root;
    this.staging = staging;
    this.fence = fence;
  }

  /** Whether a commit of this staging folder was started and not finished. */
  boolean pending() throws IOException {
    return fs.exists(new Path(staging, JOURNAL));
  }

  /** Writes the journal, then moves every entry into place, in order. */
  void run(List<Entry> entries) throws IOException {
    if (pending()) {
      throw new IOException("an earlier commit of " + staging + " is unfinished");
    }
    fence.run();
    Path tmp = new Path(staging, JOURNAL + ".tmp");
    try (OutputStream out = fs.create(tmp, true)) {
      for (Entry e : entries) {
        out.write((e.name() + "\t" + e.partitioned() + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    // the rename makes the journal appear whole or not at all
    rename(tmp, new Path(staging, JOURNAL));
    finish(entries);
  }

  /** Finishes a commit cut short, from its journal; false when there was none to finish. */
  boolean resume() throws IOException {
    if (!pending()) {
      return false;
    }
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(new Path(staging, JOURNAL)),
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        if (f.length == 2) {
          entries.add(new Entry(f[0], Boolean.parseBoolean(f[1])));
        }
      }
    }
    finish(entries);
    return true;
  }

  private void finish(List<Entry> entries) throws IOException {
    for (Entry e : entries) {
      fence.run();
      move(e);
    }
    fs.delete(new Path(staging, JOURNAL), false);
    fs.delete(new Path(staging, REPLACED), true);
  }

  /** Moves one staged output into place; does nothing when it was moved already. */
  private void move(Entry e) throws IOException {
    Path from = new Path(staging, e.name());
    Path to = new Path(root, e.name());
    Path aside = new Path(new Path(staging, REPLACED), e.name());
    if (!fs.exists(from)) {
      return;
    }
    boolean folder = fs.getFileStatus(from).isDirectory();
    if (folder && e.partitioned()) {
      fs.mkdirs(to);
      for (FileStatus part : fs.listStatus(from)) {
        String name = part.getPath().getName();
        if (!name.equals(SUCCESS)) {
          replace(part.getPath(), new Path(to, name), new Path(aside, name));
        }
      }
      // marker before the staged folder goes, so a resumed commit still writes it
      fs.create(new Path(to, SUCCESS), true).close();
      fs.delete(from, true);
    } else {
      if (folder && !fs.exists(new Path(from, SUCCESS))) {
        fs.create(new Path(from, SUCCESS), true).close();
      }
      replace(from, to, aside);
    }
  }

  private void replace(Path from, Path to, Path aside) throws IOException {
    if (fs.exists(to)) {
      fs.mkdirs(aside.getParent());
      rename(to, aside);
    }
    fs.mkdirs(to.getParent());
    rename(from, to);
  }

  private void rename(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("rename " + from + " -> " + to + " failed");
    }
  }
}

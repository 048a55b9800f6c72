package io.corpuscope.ingest;

import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.ingest.read.InputFiles;
import io.corpuscope.ingest.read.MetadataKeys;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expands the {@code --input} paths and globs (on any Hadoop file system) into the files to
 * read, on the driver. A path that matches nothing or cannot be listed makes the input unusable
 * (exit 3) with a message naming it: a scheduler must not mistake a typo for an empty day. A
 * folder that exists but holds no files is an empty delivery: it is listed (and shows in
 * {@code run_inputs} with no records) as long as another input holds files; alone, it is
 * unusable input too.
 */
public final class InputResolver {
  /**
   * The files to read — Parquet through Spark's reader, everything else streamed — and the
   * input folders that hold no file.
   */
  public record Inputs(List<String> streamed, List<String> parquet, List<String> emptyFolders) {
    public int fileCount() {
      return streamed.size() + parquet.size();
    }

    /**
     * Every file and empty folder that has its line in the per-file accounting even when it
     * yields no record — all but the metadata files of text folders, which give the texts
     * their fields rather than records of their own.
     */
    public List<String> accounted() {
      List<String> all = new ArrayList<>();
      for (String f : streamed) {
        if (!MetadataKeys.isMetadataFile(f)) {
          all.add(f);
        }
      }
      all.addAll(parquet);
      all.addAll(emptyFolders);
      return all;
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(InputResolver.class);

  private final Configuration hadoop;

  public InputResolver(Configuration hadoop) {
    this.hadoop = hadoop;
  }

  public Inputs resolve(List<String> inputs, InputFormat format) {
    List<String> streamed = new ArrayList<>();
    List<String> parquet = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    for (String input : inputs) {
      List<String> files = expand(input, empty);
      for (String f : files) {
        boolean isParquet = format == InputFormat.PARQUET
            || (format == InputFormat.AUTO && InputFiles.formatOf(f) == InputFormat.PARQUET);
        (isParquet ? parquet : streamed).add(f);
      }
    }
    if (streamed.isEmpty() && parquet.isEmpty()) {
      throw CorpuscopeException.inputUnusable("--input " + String.join(" ", inputs)
          + ": no files there (an empty directory?)");
    }
    return new Inputs(List.copyOf(streamed), List.copyOf(parquet), List.copyOf(empty));
  }

  /** The files {@code input} names; a matched folder without files is added to {@code emptyFolders}. */
  private List<String> expand(String input, List<String> emptyFolders) {
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(hadoop);
      FileStatus[] matches = globOrLiteral(fs, path);
      if (matches == null || matches.length == 0) {
        throw CorpuscopeException.inputUnusable("--input " + input + ": no such file or directory");
      }
      List<String> files = new ArrayList<>();
      for (FileStatus m : matches) {
        if (m.isDirectory()) {
          int before = files.size();
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
          while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (!hidden(m.getPath(), f.getPath())) {
              files.add(f.getPath().toString());
            }
          }
          if (files.size() == before) {
            LOG.warn("--input {}: the folder {} holds no files", input, m.getPath());
            emptyFolders.add(m.getPath().toString());
          }
        } else {
          files.add(m.getPath().toString());
        }
      }
      files.sort(null); // a stable order gives stable record order and ids
      return files;
    } catch (IOException | IllegalArgumentException e) {
      throw CorpuscopeException.inputUnusable("--input " + input + ": cannot be listed: " + e.getMessage());
    }
  }

  /**
   * The paths a glob matches; when it matches nothing, or cannot be expanded (Hadoop's globber
   * fails on a ':' in a file name, "feed 10:30.jsonl"), the path itself if it exists — so a file
   * named with '[', '?' or ':' can be given as it is.
   */
  private static FileStatus[] globOrLiteral(FileSystem fs, Path path) throws IOException {
    FileStatus[] matches;
    try {
      matches = fs.globStatus(path);
    } catch (IllegalArgumentException e) {
      matches = null;
    }
    if (matches != null && matches.length > 0) {
      return matches;
    }
    try {
      return new FileStatus[] {fs.getFileStatus(path)};
    } catch (FileNotFoundException e) {
      return matches;
    }
  }

  /** Files and folders starting with '.' or '_' (checksums, _SUCCESS, staging) are not input. */
  private static boolean hidden(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String n = p.getName();
      if (n.startsWith(".") || n.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}

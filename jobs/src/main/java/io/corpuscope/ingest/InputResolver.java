package io.corpuscope.ingest;

import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.ingest.read.InputFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the {@code --input} paths and globs (on any Hadoop file system) into the files to
 * read, on the driver. A path that matches nothing, cannot be listed, or holds no files makes
 * the input unusable (exit 3) with a message naming it: a scheduler must not mistake a typo
 * for an empty day.
 */
public final class InputResolver {
  /** The files to read: Parquet through Spark's reader, everything else streamed. */
  public record Inputs(List<String> streamed, List<String> parquet) {
    public int fileCount() {
      return streamed.size() + parquet.size();
    }
  }

  private final Configuration hadoop;

  public InputResolver(Configuration hadoop) {
    this.hadoop = hadoop;
  }

  public Inputs resolve(List<String> inputs, InputFormat format) {
    List<String> streamed = new ArrayList<>();
    List<String> parquet = new ArrayList<>();
    for (String input : inputs) {
      List<String> files = expand(input);
      if (files.isEmpty()) {
        throw CorpuscopeException.inputUnusable("--input " + input + ": no files there (an empty directory?)");
      }
      for (String f : files) {
        boolean isParquet = format == InputFormat.PARQUET
            || (format == InputFormat.AUTO && InputFiles.formatOf(f) == InputFormat.PARQUET);
        (isParquet ? parquet : streamed).add(f);
      }
    }
    return new Inputs(List.copyOf(streamed), List.copyOf(parquet));
  }

  private List<String> expand(String input) {
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(hadoop);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw CorpuscopeException.inputUnusable("--input " + input + ": no such file or directory");
      }
      List<String> files = new ArrayList<>();
      for (FileStatus m : matches) {
        if (m.isDirectory()) {
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
          while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (!hidden(m.getPath(), f.getPath())) {
              files.add(f.getPath().toString());
            }
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

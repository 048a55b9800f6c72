package io.corpuscope.manifest;

import java.util.Collection;

/**
 * What became of the records of one input file (or, summed, of a whole run). The guarantee of
 * SPEC.md is {@code read == kept + duplicates + quarantined} (+ out of window for incremental
 * runs), checked by {@link #addsUp()}.
 */
public record FileCounts(String inputFile, long read, long kept, long duplicates, long quarantined, long outOfWindow) {

  public boolean addsUp() {
    return read == kept + duplicates + quarantined + outOfWindow;
  }

  public static FileCounts total(Collection<FileCounts> files) {
    long r = 0, k = 0, d = 0, q = 0, o = 0;
    for (FileCounts f : files) {
      r += f.read;
      k += f.kept;
      d += f.duplicates;
      q += f.quarantined;
      o += f.outOfWindow;
    }
    return new FileCounts("*", r, k, d, q, o);
  }
}

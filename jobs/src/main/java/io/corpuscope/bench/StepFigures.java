package io.corpuscope.bench;

/**
 * One measured step of the end-to-end benchmark at one scale: the I/O floor, a stage, or the
 * whole run. {@code peakHeapBytes} is -1 where it was not measured on its own (the stages share
 * the run's JVM; the run's peak is theirs).
 */
public record StepFigures(int scale, String step, double seconds, long articles, long inputBytes, double floorSeconds,
    long peakHeapBytes) {

  public double articlesPerSecond() {
    return seconds > 0 ? articles / seconds : 0;
  }

  public double megabytesPerSecond() {
    return seconds > 0 ? inputBytes / 1e6 / seconds : 0;
  }

  public double floorMultiple() {
    return floorSeconds > 0 ? seconds / floorSeconds : 0;
  }
}

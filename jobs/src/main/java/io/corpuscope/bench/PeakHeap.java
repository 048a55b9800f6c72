package io.corpuscope.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak JVM heap in use between {@link #reset()} and {@link #peakBytes()}. The heap pools' own
 * peaks are reached at different moments, so their sum overstates the peak (it can exceed
 * {@code -Xmx}); instead a daemon thread samples the whole heap's use every 20 ms and keeps the
 * largest.
 */
final class PeakHeap {
  private static final long SAMPLE_MILLIS = 20;
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final AtomicLong PEAK = new AtomicLong();

  static {
    Thread sampler = new Thread(() -> {
      while (true) {
        sample();
        try {
          Thread.sleep(SAMPLE_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "corpuscope-peak-heap");
    sampler.setDaemon(true);
    sampler.start();
  }

  private PeakHeap() {}

  static void reset() {
    System.gc();
    PEAK.set(0);
    sample();
  }

  static long peakBytes() {
    sample();
    return PEAK.get();
  }

  private static void sample() {
    PEAK.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
  }
}

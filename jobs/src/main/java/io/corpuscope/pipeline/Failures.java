package io.corpuscope.pipeline;

import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.errors.ErrorKind;

/**
 * What a failed run tells its operator: one line that says what went wrong and where, never
 * Spark's job-abort text with a stage dump in it. A full disk names the output root; any other
 * failure names its root cause. The stack trace stays attached for {@code --verbose}.
 */
final class Failures {
  private Failures() {}

  static CorpuscopeException reported(Throwable e, String outputRoot) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CorpuscopeException c) {
        return c;
      }
      if (t.getMessage() != null && t.getMessage().contains("No space left on device")) {
        return new CorpuscopeException(ErrorKind.INTERNAL, "--output " + outputRoot + ": no space left on device"
            + " (the previous tables are intact and this run's partial output was removed; free space and run again)", e);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return new CorpuscopeException(ErrorKind.INTERNAL, "internal error: " + firstLine(rootCause(e))
        + " (run again with --verbose for the stack trace)", e);
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static String firstLine(Throwable e) {
    String s = e.toString();
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}

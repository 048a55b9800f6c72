package io.corpuscope.errors;

/**
 * A failure the user can act on, typed by {@link ErrorKind}. Its message is the one line the
 * user sees, so it says what to change; the stack trace goes to the log only.
 */
public class CorpuscopeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;

  public CorpuscopeException(ErrorKind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public CorpuscopeException(ErrorKind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public static CorpuscopeException usage(String message) {
    return new CorpuscopeException(ErrorKind.USAGE, message);
  }

  public static CorpuscopeException inputUnusable(String message) {
    return new CorpuscopeException(ErrorKind.INPUT_UNUSABLE, message);
  }

  public ErrorKind kind() {
    return kind;
  }
}

package io.corpuscope.speakers;

/**
 * One pair of quotation marks found by {@link QuoteMarks}: the marks at {@code [open, close)} and
 * the quoted words at {@code [contentStart, contentEnd)}, all absolute offsets into the article.
 *
 * @param continuesPrevious true for text that ends in a stray closing mark after an earlier
 *     quote of the same paragraph had already closed (unbalanced marks, GUIDELINES §2.3.5): it
 *     continues that quote rather than being narration
 */
public record QuoteSpan(int open, int close, int contentStart, int contentEnd, boolean continuesPrevious) {

  public boolean contains(int pos) {
    return pos >= open && pos < close;
  }
}

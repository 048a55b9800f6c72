package io.corpuscope.ingest;

import io.corpuscope.ingest.dates.DateParser;
import io.corpuscope.ingest.dates.DateRange;
import io.corpuscope.ingest.dates.ParseResult;
import io.corpuscope.ingest.dates.ParsedDate;
import io.corpuscope.period.PeriodBucketer;
import io.corpuscope.period.PeriodWindow;
import io.corpuscope.text.CleanedArticle;
import io.corpuscope.text.LanguageGuesser;
import io.corpuscope.text.TextCleaner;
import io.corpuscope.text.Tokenizer;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns one {@link RawRecord} into an {@link IngestedRecord}: a cleaned, dated article with a
 * stable id, or a quarantined record with the reason. A pure function of the record and the
 * settings, so the same input always gives the same rows.
 */
public final class ArticleBuilder implements Serializable {
  private static final long serialVersionUID = 1L;

  private final TextCleaner cleaner;
  private final DateParser dates;
  private final DateRange plausible;
  private final UndatedPolicy undated;
  private final PeriodBucketer periods;
  private final int minTextChars;
  private final int maxTextChars;
  private final PeriodWindow window;

  public ArticleBuilder(TextCleaner cleaner, DateParser dates, DateRange plausible, UndatedPolicy undated,
      PeriodBucketer periods, int minTextChars, int maxTextChars, PeriodWindow window) {
    this.cleaner = cleaner;
    this.dates = dates;
    this.plausible = plausible;
    this.undated = undated;
    this.periods = periods;
    this.minTextChars = minTextChars;
    this.maxTextChars = maxTextChars;
    this.window = window;
  }

  public IngestedRecord build(RawRecord raw) {
    IngestedRecord out = new IngestedRecord();
    out.setInputFile(raw.getInputFile());
    out.setRecordIndex(raw.getRecordIndex());
    out.setRecordRef(raw.getRecordRef());
    if (raw.getProblem() != null) {
      return quarantine(out, raw.getProblem(), raw.getProblemDetail(), raw.getRawExcerpt());
    }
    String text = raw.getText();
    if (text == null) {
      return quarantine(out, "missing_text", "the record has no text field", excerpt(raw));
    }
    if (text.length() > maxTextChars) {
      return quarantine(out, "text_too_long", "text of " + text.length() + " characters exceeds --max-text-chars "
          + maxTextChars, text);
    }
    ParseResult date = dates.parse(raw.getPublishedDate());
    if (date.status() == ParseResult.Status.MISSING && raw.getYear() != null) {
      date = dates.parseYear(raw.getYear());
    }
    switch (date.status()) {
      case UNPARSEABLE -> {
        return quarantine(out, "unparseable_date", date.reason().orElse(""), excerpt(raw));
      }
      case IMPOSSIBLE -> {
        return quarantine(out, "impossible_date", date.reason().orElse(""), excerpt(raw));
      }
      case MISSING -> {
        if (undated == UndatedPolicy.QUARANTINE) {
          return quarantine(out, "missing_date", "the record has no date (--undated quarantine)", excerpt(raw));
        }
      }
      case PARSED -> {
        LocalDate d = date.date().orElseThrow().date();
        Optional<String> violation = plausible.violation(d);
        if (violation.isPresent()) {
          return quarantine(out, "impossible_date", violation.get(), excerpt(raw));
        }
      }
    }
    CleanedArticle cleaned = cleaner.clean(raw.getTitle(), text);
    if (cleaned.text().strip().length() < minTextChars) {
      return quarantine(out, "empty_text", "no text left after cleaning (" + text.strip().length()
          + " characters before)", excerpt(raw));
    }
    out.setStatus(IngestedRecord.KEPT);
    out.setSource(withoutControls(raw.getSource()));
    out.setUrl(raw.getUrl());
    out.setTitle(cleaned.title());
    out.setText(cleaned.text());
    out.setNTokens(Tokenizer.count(cleaned.text()));
    out.setLanguage(LanguageGuesser.guess(cleaned.text()));
    String contentKey = contentKey(cleaned.text());
    out.setContentKey(contentKey);
    String givenId = raw.getId() == null ? null : withoutControls(raw.getId()).strip();
    out.setArticleId(givenId == null || givenId.isEmpty()
        ? sha256(nz(raw.getSource()) + '\u0001' + nz(raw.getUrl()) + '\u0001' + text).substring(0, 32)
        : givenId);
    Optional<ParsedDate> parsed = date.date();
    if (parsed.isPresent()) {
      LocalDate d = parsed.get().date();
      out.setPublishedDate(d);
      out.setDatePrecision(parsed.get().precision().label());
      out.setPeriod(periods.label(d));
      out.setPeriodStart(periods.start(d));
      if (!window.contains(d)) {
        out.setStatus(IngestedRecord.OUT_OF_WINDOW);
      }
    } else {
      out.setPeriod(PeriodBucketer.UNDATED);
      if (!window.isOpen()) {
        out.setStatus(IngestedRecord.OUT_OF_WINDOW);
      }
    }
    return out;
  }

  private static IngestedRecord quarantine(IngestedRecord out, String reason, String detail, String excerpt) {
    out.setStatus(IngestedRecord.QUARANTINED);
    out.setReason(reason);
    out.setDetail(detail);
    out.setRawExcerpt(Excerpts.of(excerpt));
    return out;
  }

  private static String excerpt(RawRecord raw) {
    StringBuilder b = new StringBuilder();
    if (raw.getId() != null) {
      b.append("id=").append(raw.getId()).append(' ');
    }
    if (raw.getPublishedDate() != null) {
      b.append("published_date=").append(raw.getPublishedDate()).append(' ');
    }
    if (raw.getTitle() != null) {
      b.append("title=").append(raw.getTitle()).append(' ');
    }
    if (raw.getText() != null) {
      b.append("text=").append(raw.getText(), 0, Math.min(raw.getText().length(), Excerpts.MAX_CHARS));
    }
    return b.toString().strip();
  }

  /** Case, punctuation and spacing do not make two copies different stories. */
  /** The key exact copies share: a hash of the cleaned text, case and punctuation aside. */
  static String contentKey(String cleanedText) {
    return sha256(normalisedForIdentity(cleanedText));
  }

  static String normalisedForIdentity(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** NUL, tabs, line ends and the other control characters, which many stores and BI tools reject in keys, are removed. */
  static String withoutControls(String s) {
    return s == null ? null : CONTROLS.matcher(s).replaceAll("");
  }

  private static final java.util.regex.Pattern CONTROLS = java.util.regex.Pattern.compile("\\p{Cntrl}");
}

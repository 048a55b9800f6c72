package io.corpuscope.speakers;

import java.io.Serializable;
import java.time.LocalDate;

/** One row of the {@code quotes} table, as a JavaBean for Spark's encoder. */
public class QuoteRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String quoteId;
  private String articleId;
  private LocalDate publishedDate;
  private String period;
  private LocalDate periodStart;
  private String source;
  private String speaker;
  private String speakerAsWritten;
  private String speakerRole;
  private String quote;
  private String kind;
  private String cue;
  private int sentenceIndex;
  private double confidence;

  public QuoteRow() {}

  static QuoteRow of(String articleId, LocalDate date, String period, LocalDate periodStart, String source, int n,
      ExtractedQuote q) {
    QuoteRow r = new QuoteRow();
    r.quoteId = articleId + "#q" + n;
    r.articleId = articleId;
    r.publishedDate = date;
    r.period = period;
    r.periodStart = periodStart;
    r.source = source;
    r.speaker = q.speaker();
    r.speakerAsWritten = q.speakerAsWritten();
    r.speakerRole = q.speakerRole();
    // a country or body the tagger took for a person, or named two ways: one name, its real kind
    // (by the canonical name, else as written: "The New York Times" whose "New" the tagger left out)
    if (!"anonymous".equals(r.speakerRole)) {
      KnownEntities.of(r.speaker).or(() -> KnownEntities.of(r.speakerAsWritten)).ifPresent(e -> {
        r.speaker = e.name();
        r.speakerRole = e.type();
      });
    }
    r.quote = q.quote();
    r.kind = q.kind();
    r.cue = q.cue();
    r.sentenceIndex = q.sentenceIndex();
    r.confidence = q.confidence();
    return r;
  }

  public String getQuoteId() { return quoteId; }
  public void setQuoteId(String v) { quoteId = v; }
  public String getArticleId() { return articleId; }
  public void setArticleId(String v) { articleId = v; }
  public LocalDate getPublishedDate() { return publishedDate; }
  public void setPublishedDate(LocalDate v) { publishedDate = v; }
  public String getPeriod() { return period; }
  public void setPeriod(String v) { period = v; }
  public LocalDate getPeriodStart() { return periodStart; }
  public void setPeriodStart(LocalDate v) { periodStart = v; }
  public String getSource() { return source; }
  public void setSource(String v) { source = v; }
  public String getSpeaker() { return speaker; }
  public void setSpeaker(String v) { speaker = v; }
  public String getSpeakerAsWritten() { return speakerAsWritten; }
  public void setSpeakerAsWritten(String v) { speakerAsWritten = v; }
  public String getSpeakerRole() { return speakerRole; }
  public void setSpeakerRole(String v) { speakerRole = v; }
  public String getQuote() { return quote; }
  public void setQuote(String v) { quote = v; }
  public String getKind() { return kind; }
  public void setKind(String v) { kind = v; }
  public String getCue() { return cue; }
  public void setCue(String v) { cue = v; }
  public int getSentenceIndex() { return sentenceIndex; }
  public void setSentenceIndex(int v) { sentenceIndex = v; }
  public double getConfidence() { return confidence; }
  public void setConfidence(double v) { confidence = v; }
}

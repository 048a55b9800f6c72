package io.corpuscope.ingest;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What ingest made of one input record: a kept article (before duplicate marking), a
 * quarantined record with its reason, or a record outside the {@code --since/--until} window.
 */
public class IngestedRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String KEPT = "kept";
  public static final String QUARANTINED = "quarantined";
  public static final String OUT_OF_WINDOW = "out_of_window";

  private String status;
  private String inputFile;
  private long recordIndex;
  private String recordRef;
  // quarantine
  private String reason;
  private String detail;
  private String rawExcerpt;
  // article
  private String articleId;
  private String source;
  private String url;
  private String title;
  private LocalDate publishedDate;
  private String datePrecision;
  private String period;
  private LocalDate periodStart;
  private String text;
  private int nTokens;
  private String language;
  /** Hash of the normalised text: equal keys are exact duplicates. */
  private String contentKey;

  public IngestedRecord() {}

  public String getStatus() { return status; }
  public void setStatus(String v) { status = v; }
  public String getInputFile() { return inputFile; }
  public void setInputFile(String v) { inputFile = v; }
  public long getRecordIndex() { return recordIndex; }
  public void setRecordIndex(long v) { recordIndex = v; }
  public String getRecordRef() { return recordRef; }
  public void setRecordRef(String v) { recordRef = v; }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
  public String getDetail() { return detail; }
  public void setDetail(String v) { detail = v; }
  public String getRawExcerpt() { return rawExcerpt; }
  public void setRawExcerpt(String v) { rawExcerpt = v; }
  public String getArticleId() { return articleId; }
  public void setArticleId(String v) { articleId = v; }
  public String getSource() { return source; }
  public void setSource(String v) { source = v; }
  public String getUrl() { return url; }
  public void setUrl(String v) { url = v; }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public LocalDate getPublishedDate() { return publishedDate; }
  public void setPublishedDate(LocalDate v) { publishedDate = v; }
  public String getDatePrecision() { return datePrecision; }
  public void setDatePrecision(String v) { datePrecision = v; }
  public String getPeriod() { return period; }
  public void setPeriod(String v) { period = v; }
  public LocalDate getPeriodStart() { return periodStart; }
  public void setPeriodStart(LocalDate v) { periodStart = v; }
  public String getText() { return text; }
  public void setText(String v) { text = v; }
  public int getNTokens() { return nTokens; }
  public void setNTokens(int v) { nTokens = v; }
  public String getLanguage() { return language; }
  public void setLanguage(String v) { language = v; }
  public String getContentKey() { return contentKey; }
  public void setContentKey(String v) { contentKey = v; }
}

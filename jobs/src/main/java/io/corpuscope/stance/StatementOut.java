package io.corpuscope.stance;

import java.io.Serializable;
import java.time.LocalDate;

/** One row of the {@code spending_statements} table, as a JavaBean for Spark's encoder. */
public class StatementOut implements Serializable {
  private static final long serialVersionUID = 1L;

  private String statementId;
  private String articleId;
  private LocalDate publishedDate;
  private String period;
  private LocalDate periodStart;
  private String holder;
  private String holderType;
  private String via;
  private String stance;
  private Double targetPctGdp;
  private Double targetPctLow;
  private Double targetPctHigh;
  private boolean targetStated;
  private String sentence;
  private int sentenceIndex;
  private String quoteId;
  private double confidence;
  private String reason;
  private int charStart;
  private int charEnd;
  private boolean ruleInScope;

  public StatementOut() {}

  static StatementOut of(StatementRow r, int n, LocalDate date, String period, LocalDate periodStart, String outlet,
      String quoteId) {
    StatementOut o = new StatementOut();
    o.statementId = r.articleId() + "#s" + n;
    o.articleId = r.articleId();
    o.publishedDate = date;
    o.period = period;
    o.periodStart = periodStart;
    boolean narration = r.holder() == null;
    // the outlet's own narration is held by the outlet: name it, so trends per holder can show it
    o.holder = narration ? outlet : r.holder();
    o.holderType = narration ? "outlet" : r.holderType();
    o.via = r.via();
    o.stance = r.stance();
    o.targetPctGdp = r.targetPctGdp();
    o.targetPctLow = r.targetPctLow();
    o.targetPctHigh = r.targetPctHigh();
    o.targetStated = r.targetStated();
    o.sentence = r.sentence();
    o.sentenceIndex = r.sentenceIndex();
    o.quoteId = quoteId;
    o.confidence = r.confidence();
    o.reason = r.reason();
    o.charStart = r.start();
    o.charEnd = r.end();
    o.ruleInScope = r.ruleInScope();
    return o;
  }

  public String getStatementId() { return statementId; }
  public void setStatementId(String v) { statementId = v; }
  public String getArticleId() { return articleId; }
  public void setArticleId(String v) { articleId = v; }
  public LocalDate getPublishedDate() { return publishedDate; }
  public void setPublishedDate(LocalDate v) { publishedDate = v; }
  public String getPeriod() { return period; }
  public void setPeriod(String v) { period = v; }
  public LocalDate getPeriodStart() { return periodStart; }
  public void setPeriodStart(LocalDate v) { periodStart = v; }
  public String getHolder() { return holder; }
  public void setHolder(String v) { holder = v; }
  public String getHolderType() { return holderType; }
  public void setHolderType(String v) { holderType = v; }
  public String getVia() { return via; }
  public void setVia(String v) { via = v; }
  public String getStance() { return stance; }
  public void setStance(String v) { stance = v; }
  public Double getTargetPctGdp() { return targetPctGdp; }
  public void setTargetPctGdp(Double v) { targetPctGdp = v; }
  public Double getTargetPctLow() { return targetPctLow; }
  public void setTargetPctLow(Double v) { targetPctLow = v; }
  public Double getTargetPctHigh() { return targetPctHigh; }
  public void setTargetPctHigh(Double v) { targetPctHigh = v; }
  public boolean isTargetStated() { return targetStated; }
  public void setTargetStated(boolean v) { targetStated = v; }
  public String getSentence() { return sentence; }
  public void setSentence(String v) { sentence = v; }
  public int getSentenceIndex() { return sentenceIndex; }
  public void setSentenceIndex(int v) { sentenceIndex = v; }
  public String getQuoteId() { return quoteId; }
  public void setQuoteId(String v) { quoteId = v; }
  public double getConfidence() { return confidence; }
  public void setConfidence(double v) { confidence = v; }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
  public int getCharStart() { return charStart; }
  public void setCharStart(int v) { charStart = v; }
  public int getCharEnd() { return charEnd; }
  public void setCharEnd(int v) { charEnd = v; }
  public boolean isRuleInScope() { return ruleInScope; }
  public void setRuleInScope(boolean v) { ruleInScope = v; }
}

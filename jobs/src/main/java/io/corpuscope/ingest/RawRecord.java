package io.corpuscope.ingest;

import java.io.Serializable;

/**
 * One record as read from an input file, before any cleaning: the mapped article fields as
 * strings, where it came from, and — when the record could not even be read — the problem.
 * A JavaBean because Spark 4.1's bean encoder does not support records.
 */
public class RawRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  private String inputFile;
  private long recordIndex;
  private String recordRef;
  private String id;
  private String source;
  private String url;
  private String title;
  private String text;
  private String publishedDate;
  private String year;
  /** Set when the record is unusable as read; then it goes to quarantine with this reason. */
  private String problem;
  private String problemDetail;
  private String rawExcerpt;
  /** For a file of a text-file directory: the key its metadata row is joined on. */
  private String metadataKey;
  /** True for a row of a text directory's metadata file, which is joined, not kept. */
  private boolean metadataRow;

  public RawRecord() {}

  public static RawRecord at(String inputFile, long recordIndex, String recordRef) {
    RawRecord r = new RawRecord();
    r.inputFile = inputFile;
    r.recordIndex = recordIndex;
    r.recordRef = recordRef;
    return r;
  }

  /** Marks this record unusable; it will be quarantined with the reason. */
  public RawRecord problem(String reason, String detail, String excerpt) {
    this.problem = reason;
    this.problemDetail = detail;
    this.rawExcerpt = Excerpts.of(excerpt);
    return this;
  }

  public String getInputFile() { return inputFile; }
  public void setInputFile(String v) { inputFile = v; }
  public long getRecordIndex() { return recordIndex; }
  public void setRecordIndex(long v) { recordIndex = v; }
  public String getRecordRef() { return recordRef; }
  public void setRecordRef(String v) { recordRef = v; }
  public String getId() { return id; }
  public void setId(String v) { id = v; }
  public String getSource() { return source; }
  public void setSource(String v) { source = v; }
  public String getUrl() { return url; }
  public void setUrl(String v) { url = v; }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public String getText() { return text; }
  public void setText(String v) { text = v; }
  public String getPublishedDate() { return publishedDate; }
  public void setPublishedDate(String v) { publishedDate = v; }
  public String getYear() { return year; }
  public void setYear(String v) { year = v; }
  public String getProblem() { return problem; }
  public void setProblem(String v) { problem = v; }
  public String getProblemDetail() { return problemDetail; }
  public void setProblemDetail(String v) { problemDetail = v; }
  public String getRawExcerpt() { return rawExcerpt; }
  public void setRawExcerpt(String v) { rawExcerpt = v; }
  public String getMetadataKey() { return metadataKey; }
  public void setMetadataKey(String v) { metadataKey = v; }
  public boolean isMetadataRow() { return metadataRow; }
  public void setMetadataRow(boolean v) { metadataRow = v; }
}

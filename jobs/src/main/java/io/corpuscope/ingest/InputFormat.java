package io.corpuscope.ingest;

/** The input formats ingest reads; AUTO decides per file from its name. */
public enum InputFormat {
  AUTO, JSONL, CSV, PARQUET, TEXT
}

package io.corpuscope.pipeline;

/** The stages of a run, in the order {@code run} executes them. */
public enum Stage {
  INGEST, TOPICS, SPEAKERS, STANCE, REPORT
}

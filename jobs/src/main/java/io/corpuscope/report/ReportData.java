package io.corpuscope.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the report shows, already aggregated: small lists gathered from the output tables,
 * never corpus-sized. A section whose table is missing (its stage did not run) is an empty list.
 */
public record ReportData(
    RunSummary run,
    List<StancePoint> stance,
    List<TargetPoint> targets,
    List<SpeakerCount> speakers,
    List<TopicShare> topicShares,
    List<TopicInfo> topics,
    Map<String, List<Evidence>> stanceEvidence,
    Map<String, List<Evidence>> targetEvidence,
    Map<String, List<Evidence>> speakerEvidence,
    Map<String, List<Evidence>> topicEvidence,
    List<String> missingTables) {

  /** Net stance of all holders ({@code holder = '*'}) in one period. */
  public record StancePoint(String period, LocalDate periodStart, long support, long oppose, long neutral,
      double net) {}

  /** How many statements in a period proposed one target (% of GDP). */
  public record TargetPoint(String period, LocalDate periodStart, double target, long statements) {}

  /** Quotes of one speaker in one period (only the top speakers of each period). */
  public record SpeakerCount(String period, LocalDate periodStart, String speaker, long quotes) {}

  /** A topic's share of the period's articles. */
  public record TopicShare(String period, LocalDate periodStart, int topicId, String label, double share) {}

  /** A topic's label, coherence and top terms. */
  public record TopicInfo(int topicId, String label, double npmi, List<String> terms) {}

  /** A sentence (or an article title) behind a point, with the article it came from. */
  public record Evidence(String articleId, String title, String url, String text, String note) {}

  public static String speakerKey(String period, String speaker) {
    return period + "\u0000" + speaker;
  }

  public static String targetKey(String period, double target) {
    return period + "\u0000" + target;
  }
}

package io.corpuscope.stance;

/**
 * The rule classifier's verdict on one sentence.
 *
 * @param stance {@code support}, {@code oppose} or {@code neutral} toward raising defence spending
 * @param confidence 0.5-0.95, grows with the weight of agreeing cues
 * @param score the signed sum of cue weights (positive = support)
 * @param reason the cues that fired, e.g. {@code "low_spending(+2) rise(+0.6)"}
 * @param attitude true when a stance-bearing cue (demand, rejection, reluctance, complaint) fired,
 *     as opposed to mere description; a holder is only attributed for such sentences
 */
public record StanceResult(String stance, double confidence, double score, String reason, boolean attitude) {
  public static final String SUPPORT = "support";
  public static final String OPPOSE = "oppose";
  public static final String NEUTRAL = "neutral";
}

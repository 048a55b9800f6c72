package io.corpuscope.stance;

/**
 * A defence-spending level stated as a share of GDP, as found in one sentence.
 *
 * @param low the value, or the low end of a range, in percent of GDP
 * @param high the high end of a range ({@code 3.5-3.7%}), else {@code null}
 * @param asWritten the figure as written, with its "of GDP" tail when present
 * @param role {@link #TARGET} (a level demanded, proposed, rejected or estimated),
 *     {@link #CURRENT_TARGET} (the existing guideline being met or left behind) or
 *     {@link #ACTUAL} (realised or forecast spending of a country)
 * @param start offset of the figure in the sentence
 * @param end end offset (exclusive)
 */
public record Figure(double low, Double high, String asWritten, String role, int start, int end) {
  public static final String TARGET = "target";
  public static final String CURRENT_TARGET = "current_target";
  public static final String ACTUAL = "actual";
}

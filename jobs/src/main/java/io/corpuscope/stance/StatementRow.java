package io.corpuscope.stance;

import java.util.List;

/**
 * One (sentence, holder) statement about the level of defence spending.
 *
 * @param articleId the article
 * @param sentenceIndex index of the sentence in the article
 * @param sentence the sentence text
 * @param start sentence offset in the article text
 * @param end sentence end offset
 * @param holder canonical holder, {@code null} for the outlet's narration
 * @param holderType person, country, organisation, group or outlet
 * @param via the speaker relaying the holder's position, nullable
 * @param stance support, oppose or neutral toward raising defence spending
 * @param targetPctGdp the level the position is about (the low end of a range), nullable
 * @param targetPctLow same as {@code targetPctGdp}
 * @param targetPctHigh high end of a range, nullable
 * @param targetStated true when the figure is in the sentence, false when resolved by anaphora
 * @param confidence 0-1
 * @param reason the cues behind the stance
 * @param figures all share-of-GDP figures of the sentence
 * @param ruleInScope true when the rules find the sentence about spending levels; false for a
 *     candidate that only the learned relevance model can admit
 */
public record StatementRow(String articleId, int sentenceIndex, String sentence, int start, int end,
                           String holder, String holderType, String via, String stance,
                           Double targetPctGdp, Double targetPctLow, Double targetPctHigh,
                           boolean targetStated, double confidence, String reason, List<Figure> figures,
                           boolean ruleInScope) {}

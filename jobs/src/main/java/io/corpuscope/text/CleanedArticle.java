package io.corpuscope.text;

import java.io.Serializable;

/**
 * Result of {@link TextCleaner#clean(String, String)}: the cleaned body, the title, and counters
 * of what was removed, kept for diagnostics (e.g. a per-source "chrome removed" report).
 *
 * @param title the given title (normalised), an inferred one, or {@code null} if none
 * @param titleInferred true when {@code title} was taken from a headline-like first body line
 * @param text the cleaned body; never empty when the input had real sentences
 * @param boilerplateLines whole lines dropped by {@code line:} rules
 * @param affixesCut lines shortened by {@code leading:}/{@code trailing:} rules (credits, datelines)
 * @param headlineLines body lines dropped as the headline or a (truncated) repeat of it
 * @param htmlStripped true when the raw text carried HTML markup or entities
 * @param fellBack true when cleaning would have emptied a text with real sentences, so the
 *     normalised text was returned instead
 */
public record CleanedArticle(String title, boolean titleInferred, String text,
               int boilerplateLines, int affixesCut, int headlineLines,
               boolean htmlStripped, boolean fellBack) implements Serializable {

  private static final long serialVersionUID = 1L;
}

package io.corpuscope.stance;

/**
 * One sentence of an article.
 *
 * @param index 0-based position in the article
 * @param text the sentence, trimmed
 * @param start offset of the sentence in the article text
 * @param end end offset (exclusive)
 */
public record SentenceInput(int index, String text, int start, int end) {}

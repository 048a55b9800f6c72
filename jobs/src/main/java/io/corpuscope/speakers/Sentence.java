package io.corpuscope.speakers;

import java.io.Serializable;

/**
 * One sentence unit of an article: {@code text} is {@code article.substring(start, end)}, trimmed.
 * A direct quotation running over several orthographic sentences is one unit (GUIDELINES §1.2),
 * so quote records and stance rows share the same {@code index}.
 */
public record Sentence(int index, int start, int end, String text) implements Serializable {
}

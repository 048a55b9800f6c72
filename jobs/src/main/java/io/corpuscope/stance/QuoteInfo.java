package io.corpuscope.stance;

/**
 * What a quote extractor knows about one sentence: who says it. Kept independent of any quote
 * extractor so that one can be wired in later (speaker canonical name, role, content).
 *
 * @param speaker canonical speaker name (a person), or {@code null} when unknown
 * @param role the speaker's role or title as written ({@code NATO Secretary General}), nullable
 * @param quote the quoted or reported content, nullable; when given, a sentence whose
 *     spending words lie outside it is narration, not the speaker's position
 */
public record QuoteInfo(String speaker, String role, String quote) {
  public QuoteInfo(String speaker, String role) {
    this(speaker, role, null);
  }
}

package io.corpuscope.topics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Joins frequent word pairs into single terms ('defence spending', 'secretary general'), left
 * to right, so that a topic can be about the phrase rather than its two words apart. Phrases
 * are written with a space; the pairs come from {@link PhraseFinder}.
 */
public final class PhraseMerger implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Set<String> phrases;

  public PhraseMerger(Set<String> phrases) {
    this.phrases = Set.copyOf(phrases);
  }

  public Set<String> phrases() {
    return phrases;
  }

  public List<String> merge(List<String> tokens) {
    if (phrases.isEmpty()) {
      return tokens;
    }
    List<String> out = new ArrayList<>(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      if (i + 1 < tokens.size()) {
        String pair = tokens.get(i) + ' ' + tokens.get(i + 1);
        if (phrases.contains(pair)) {
          out.add(pair);
          i += 2;
          continue;
        }
      }
      out.add(tokens.get(i++));
    }
    return out;
  }
}

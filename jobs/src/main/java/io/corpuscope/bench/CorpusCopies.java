package io.corpuscope.bench;

import io.corpuscope.text.StopWords;
import io.corpuscope.topics.TopicTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Distinct copies of an article for the scale benchmark: copy 0 is the article itself; copy
 * {@code c > 0} rewrites every longer lower-case content word (the inner letters
 * rotated by {@code c}), so that two copies share at most about 60 % of their word pairs and the
 * corpus really grows (the scale benchmark flags near duplicates only above 0.8). Capitalised words (names), words with digits or punctuation (figures,
 * quotes), short words, the stop lists and every word that starts with a stem of the extraction
 * vocabularies (reporting verbs, spending terms, stance and figure cues) are kept, so every copy
 * still has its speakers, quotes and spending statements to find.
 */
public final class CorpusCopies {
  private static final int MIN_LETTERS = 4;
  private static final int MIN_STEM = 5;
  /** Vocabularies whose words are kept as they are. */
  private static final List<String> WORD_LISTS = List.of("reporting-verbs.txt", "stance-cues.txt",
      "holder-cues.txt");
  /** Vocabularies of regexes ('defen[cs]e'), whose letter runs are kept as stems. */
  private static final List<String> STEM_LISTS = List.of("spending-terms.txt", "figure-cues.txt");
  private static final Pattern LETTERS = Pattern.compile("[a-z]{" + MIN_LETTERS + ",}");

  private CorpusCopies() {}

  /** What a copy keeps: the stop words, and the letter runs of the extraction vocabularies as stems. */
  public record Kept(Set<String> words, Set<String> stems) implements java.io.Serializable {}

  public static Kept kept() {
    Set<String> words = new HashSet<>();
    // short function words (pronouns, auxiliaries, negation) and the news filler ('said') stay
    StopWords.english().stream().filter(w -> w.length() <= MIN_LETTERS).forEach(words::add);
    words.addAll(StopWords.load(TopicTokens.NEWS_STOPWORDS));
    words.addAll(letterRuns(WORD_LISTS));
    Set<String> stems = new HashSet<>();
    for (String run : letterRuns(STEM_LISTS)) {
      if (run.length() >= MIN_STEM) {
        stems.add(run);
      }
    }
    return new Kept(words, stems);
  }

  private static Set<String> letterRuns(List<String> files) {
    Set<String> runs = new HashSet<>();
    for (String file : files) {
      try (InputStream in = CorpusCopies.class.getClassLoader().getResourceAsStream("corpuscope/reference/" + file)) {
        if (in == null) {
          throw new IllegalStateException("missing resource corpuscope/reference/" + file);
        }
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.startsWith("#")) {
            Matcher m = LETTERS.matcher(line.toLowerCase(Locale.ROOT));
            while (m.find()) {
              runs.add(m.group());
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return runs;
  }

  public static String copy(String text, int copy, Kept keep) {
    if (copy == 0 || text == null) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        String w = text.substring(start, i);
        boolean glued = i < text.length() && Character.isLetterOrDigit(text.charAt(i))
            || start > 0 && Character.isDigit(text.charAt(start - 1));
        out.append(!glued && rewritable(w, keep) ? rotateInner(w, copy) : w);
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }

  private static boolean rewritable(String w, Kept keep) {
    if (w.length() < MIN_LETTERS || !Character.isLowerCase(w.charAt(0))) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (!Character.isLowerCase(w.charAt(k))) {
        return false;
      }
    }
    if (keep.words().contains(w)) {
      return false;
    }
    for (int end = MIN_STEM; end <= w.length(); end++) {
      if (keep.stems().contains(w.substring(0, end))) {
        return false;
      }
    }
    return true;
  }

  private static String rotateInner(String w, int copy) {
    String inner = w.substring(1, w.length() - 1);
    int r = Math.floorMod(copy, inner.length());
    if (r == 0) {
      r = 1;
    }
    String rotated = inner.substring(r) + inner.substring(0, r);
    if (rotated.equals(inner)) {
      return w + (char) ('a' + Math.floorMod(copy, 26));
    }
    return w.charAt(0) + rotated + w.charAt(w.length() - 1);
  }
}

package io.corpuscope.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Stop-word lists from {@code data/reference/} (packaged in the jar), one word per line, # comments. */
public final class StopWords {
  public static final String ENGLISH_RESOURCE = "corpuscope/reference/stopwords-en.txt";

  private static final Set<String> ENGLISH = load(ENGLISH_RESOURCE);

  private StopWords() {}

  /** The standard English function words. */
  public static Set<String> english() {
    return ENGLISH;
  }

  public static Set<String> load(String resource) {
    InputStream in = StopWords.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("stop-word list " + resource + " is not on the classpath");
    }
    Set<String> words = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}

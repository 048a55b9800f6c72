package io.corpuscope.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the stance vocabularies shipped from {@code data/reference/} as classpath resources. */
final class ReferenceResources {
  static final String PREFIX = "corpuscope/reference/";

  private ReferenceResources() {}

  /** Non-blank, non-comment lines of {@code corpuscope/reference/<name>}, right-trimmed. */
  static List<String> lines(String name) {
    InputStream in = ReferenceResources.class.getClassLoader().getResourceAsStream(PREFIX + name);
    if (in == null) {
      throw new IllegalStateException("reference list " + PREFIX + name + " is not on the classpath");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.stripTrailing();
        if (!t.isBlank() && !t.stripLeading().startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Lines grouped under {@code [section]} headers, in file order. */
  static Map<String, List<String>> sections(String name) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String current = "";
    for (String line : lines(name)) {
      String t = line.strip();
      if (t.startsWith("[") && t.endsWith("]")) {
        current = t.substring(1, t.length() - 1);
        out.putIfAbsent(current, new ArrayList<>());
      } else {
        out.computeIfAbsent(current, k -> new ArrayList<>()).add(t);
      }
    }
    return out;
  }

  /** One case-insensitive alternation of the given regexes. */
  static String alternation(List<String> regexes) {
    return "(?:" + String.join("|", regexes.stream().map(r -> "(?:" + r + ")").toList()) + ")";
  }
}

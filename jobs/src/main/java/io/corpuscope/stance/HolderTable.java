package io.corpuscope.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Countries, capitals, governments, organisations and collective groups from
 * {@code data/reference/holders.txt}, matched as whole words ("Washington" and "the Trump
 * administration" are the United States; "Kyiv" is Ukraine).
 */
final class HolderTable {
  /** A table mention found in a text. */
  record Mention(String canonical, String type, String asWritten, int start, int end) {}

  private final Map<String, String[]> byForm = new HashMap<>();
  private final Pattern forms;

  HolderTable() {
    List<String> all = new ArrayList<>();
    for (String line : ReferenceResources.lines("holders.txt")) {
      String[] f = line.split("\\|");
      String canonical = f[0].strip();
      String type = f[1].strip();
      for (String form : f[2].split(",")) {
        String t = form.strip();
        if (!t.isEmpty()) {
          byForm.put(t, new String[] {canonical, type});
          all.add(t);
          // Sentence-initial "The" for forms written with "the".
          if (t.startsWith("the ")) {
            String cap = "The" + t.substring(3);
            byForm.putIfAbsent(cap, new String[] {canonical, type});
            all.add(cap);
          }
        }
      }
    }
    // Longest first, so "the United States" wins over "United States" and "US".
    all.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder sb = new StringBuilder("(?<![\\w.])(?:");
    for (int i = 0; i < all.size(); i++) {
      sb.append(i == 0 ? "" : "|").append(Pattern.quote(all.get(i)));
    }
    forms = Pattern.compile(sb.append(")(?![\\w])").toString());
  }

  /**
   * The table mention the text starts with (the longest form, followed by a non-word character or
   * the end), or null. Only the start is tried: the rest of the text is not searched.
   */
  Mention atStart(String text) {
    Matcher m = forms.matcher(text);
    if (!m.lookingAt()) {
      return null;
    }
    String[] ct = byForm.get(m.group());
    return new Mention(ct[0], ct[1], m.group(), m.start(), m.end());
  }

  /** The table entry for an exact surface form, or null. */
  String[] lookup(String form) {
    return byForm.get(form);
  }
}

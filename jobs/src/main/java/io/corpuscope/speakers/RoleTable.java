package io.corpuscope.speakers;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Title-only mentions to office holders, from {@code roles.tsv}. A row applies only when its
 * person is also named in the article, so "the secretary of state" in a 2016 article never
 * becomes a 2025 office holder: the table says which named person a title can denote, the
 * article says who is there.
 */
final class RoleTable implements Serializable {
  private static final Pattern NOT_ROLE_CHAR = Pattern.compile("[^a-z0-9'.\\- ]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^ (the|a|an) ");

  private static final long serialVersionUID = 1L;

  private record Row(String canonical, List<String> descriptions) implements Serializable {
  }

  private final Map<String, String> synonyms = new LinkedHashMap<>();
  private final List<Row> rows = new ArrayList<>();

  private static volatile RoleTable defaults;

  static RoleTable loadDefault() {
    RoleTable t = defaults;
    if (t == null) {
      t = new RoleTable();
      for (String line : ReferenceFiles.lines("roles.tsv")) {
        String[] f = line.split("\t");
        if (f[0].equals("=") && f.length == 3) {
          t.synonyms.put(f[1].toLowerCase(Locale.ROOT), f[2].toLowerCase(Locale.ROOT));
        } else if (f.length >= 5) {
          t.rows.add(new Row(f[0], List.of(f[4].toLowerCase(Locale.ROOT).split("\\|"))));
        }
      }
      defaults = t;
    }
    return t;
  }

  /** Lower case, no article or possessive 's, paraphrase vocabulary normalised. */
  String normalise(String description) {
    String s = " " + SPACES.matcher(NOT_ROLE_CHAR.matcher(
        description.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ")).replaceAll(" ").strip() + " ";
    s = LEADING_ARTICLE.matcher(s).replaceFirst(" ");
    for (Map.Entry<String, String> e : synonyms.entrySet()) {
      s = s.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
    }
    return s.strip();
  }

  /**
   * The one person named in the article ({@code present}, canonical names) whose role row
   * matches the description, else null (no match, or two present holders match).
   */
  String resolve(String description, Collection<String> present) {
    String d = normalise(description);
    // the longest matching phrase wins, so "ukrainian president" beats a bare "president"
    Set<String> hits = new LinkedHashSet<>();
    int best = 0;
    for (Row r : rows) {
      if (!present.contains(r.canonical())) {
        continue;
      }
      for (String phrase : r.descriptions()) {
        if ((" " + d + " ").contains(" " + phrase + " ") && phrase.length() >= best) {
          if (phrase.length() > best) {
            hits.clear();
            best = phrase.length();
          }
          hits.add(r.canonical());
        }
      }
    }
    return hits.size() == 1 ? hits.iterator().next() : null;
  }
}

package io.corpuscope.stance;

import io.corpuscope.text.StopWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Person names in capitalised runs, canonicalised to the article's full name ("Rubio" -> "Marco Rubio"). */
final class PersonNames {
  private final HolderTable table;
  private final Set<String> titles;
  private final Set<String> notNames;

  PersonNames(HolderTable table, Set<String> titles, Set<String> notNames) {
    this.table = table;
    this.titles = titles;
    this.notNames = notNames;
  }

  /** Registers a full name so that its surname resolves to it later in the article. */
  static void register(HolderResolver.Article st, String full) {
    String[] t = full.split("\\s+");
    if (t.length >= 2) {
      st.fullBySurname.putIfAbsent(t[t.length - 1], full);
      st.fullBySurname.putIfAbsent(t[t.length - 2] + " " + t[t.length - 1], full);
    }
  }

  /**
   * A person named by a capitalised run ("US Secretary of State Marco Rubio", "Al Jazeera’s
   * Hashem Ahelbarra", "Rutte"), canonicalised to the article's full name; null if no person.
   */
  Holder person(HolderResolver.Article st, String run, boolean asSubject) {
    String text = run;
    int poss = Math.max(text.lastIndexOf("’s "), text.lastIndexOf("'s "));
    if (poss >= 0) {
      text = text.substring(poss + 3);
    }
    text = text.replaceAll("['’]s?$", "");
    String[] tokens = text.split("\\s+");
    // The name is the trailing run of tokens after titles, roles and places:
    // "US Secretary of State Marco Rubio" -> "Marco Rubio".
    int i = tokens.length;
    while (i > 0 && !notNames.contains(tokens[i - 1]) && !titles.contains(tokens[i - 1])
        && !tokens[i - 1].equals("of") && table.lookup(tokens[i - 1]) == null) {
      i--;
    }
    boolean titled = i > 0 && titles.contains(tokens[i - 1]);
    List<String> name = new ArrayList<>(List.of(tokens).subList(i, tokens.length));
    // Two-word places ("United States") are not people.
    while (name.size() >= 2 && table.lookup(name.get(0) + " " + name.get(1)) != null) {
      name = new ArrayList<>(name.subList(2, name.size()));
    }
    if (name.isEmpty() || table.lookup(String.join(" ", name)) != null) {
      return null;
    }
    String full = String.join(" ", name);
    if (name.size() >= 2) {
      register(st, full);
    } else {
      full = st.fullBySurname.getOrDefault(full, full);
      // A lone capitalised word is a person only when titled, known, or acting as subject.
      if (!titled && !st.fullBySurname.containsValue(full)
          && (!asSubject || StopWords.english().contains(full.toLowerCase(Locale.ROOT)))) {
        return null;
      }
    }
    return new Holder(full, Holder.PERSON, run, null);
  }
}

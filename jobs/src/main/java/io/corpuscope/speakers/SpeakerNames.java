package io.corpuscope.speakers;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Canonical person names: title stripping, the spelling-variant table
 * ({@code speaker-aliases.tsv}) and surname-only merging.
 *
 * <p>Within one article a surname becomes the full name when exactly one full name in the article
 * ends with it ({@link #expandSurname}); across articles {@link #mergeSurnames} does the same only
 * when the corpus holds exactly one full name with that surname, so two different people are
 * never joined.
 */
public final class SpeakerNames implements Serializable {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final long serialVersionUID = 1L;

  private final Map<String, String> aliases = new HashMap<>();
  private final Set<String> titleWords = new HashSet<>();
  private final Set<String> institutionWords = new HashSet<>();

  private static volatile SpeakerNames defaults;

  /** The bundled alias and title files. */
  public static SpeakerNames loadDefault() {
    SpeakerNames n = defaults;
    if (n == null) {
      n = new SpeakerNames();
      for (String line : ReferenceFiles.lines("speaker-aliases.tsv")) {
        String[] f = line.split("\t");
        if (f.length == 2) {
          n.aliases.put(key(f[0]), f[1].strip());
        }
      }
      for (String line : ReferenceFiles.lines("person-titles.txt")) {
        n.titleWords.add(line.toLowerCase(Locale.ROOT));
      }
      for (String line : ReferenceFiles.lines("institution-words.txt")) {
        n.institutionWords.add(line.toLowerCase(Locale.ROOT));
      }
      defaults = n;
    }
    return n;
  }

  boolean isTitleWord(String token) {
    String w = token.toLowerCase(Locale.ROOT);
    if (titleWords.contains(w)) {
      return true;
    }
    // plurals before two names: "Sens. X and Y", "Generals X and Y"
    return w.endsWith("s.") && titleWords.contains(w.substring(0, w.length() - 2) + ".")
        || w.endsWith("s") && w.length() > 4 && titleWords.contains(w.substring(0, w.length() - 1));
  }

  /** A word naming an office or a body ("Affairs", "Staff"), never part of a person's name. */
  boolean isInstitutionWord(String token) {
    return institutionWords.contains(token.toLowerCase(Locale.ROOT));
  }

  /** The canonical spelling for a (title-stripped) name, or the name itself with ASCII apostrophes. */
  public String canonical(String name) {
    if (name == null) {
      return null;
    }
    String a = aliases.get(key(name));
    return a != null ? a : name.replace('’', '\'');   // "O’Connell" is spelled "O'Connell"
  }

  /**
   * Within-article resolution: {@code surname} (one or more tokens) to the unique full name in
   * {@code fullNames} ending with it, else the alias table, else unchanged.
   */
  public String expandSurname(String surname, Collection<String> fullNames) {
    String hit = null;
    for (String full : fullNames) {
      if (!full.equals(surname) && endsWithWords(full, surname)) {
        if (hit != null && !canonical(hit).equals(canonical(full))) {
          return canonical(surname);     // two people share the surname: leave it
        }
        hit = full;
      }
    }
    return canonical(hit != null ? hit : surname);
  }

  /**
   * Across articles: maps every surname-only name in {@code names} to the one multi-word name
   * ending with it, when exactly one such person exists (after alias canonicalisation); other
   * names map to their canonical spelling. Ambiguous surnames stay as written.
   */
  public static Map<String, String> mergeSurnames(Collection<String> names) {
    Map<String, Long> once = new LinkedHashMap<>();
    names.forEach(name -> once.put(name, 1L));
    return mergeSurnames(once);
  }

  /**
   * As {@link #mergeSurnames(Collection)}, with how often each name occurs: a surname shared by
   * several full names still goes to one of them when that one has at least
   * {@link #DOMINANT_SHARE} of their mentions ("Trump" → "Donald Trump", not to "Ivanka Trump",
   * whose articles name her in full and are resolved within the article).
   */
  public static Map<String, String> mergeSurnames(Map<String, Long> counts) {
    Collection<String> names = counts.keySet();
    SpeakerNames n = loadDefault();
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> full = new HashSet<>();
    for (String name : names) {
      if (name != null && name.strip().contains(" ")) {
        full.add(n.canonical(name.strip()));
      }
    }
    for (String name : names) {
      if (name == null) {
        continue;
      }
      String s = name.strip();
      String c = n.canonical(s);
      if (!c.contains(" ")) {
        Set<String> owners = new HashSet<>();
        for (String f : full) {
          if (endsWithWords(f, s)) {
            owners.add(f);
          }
        }
        if (owners.size() == 1) {
          c = owners.iterator().next();
        } else if (owners.size() > 1) {
          c = dominant(owners, counts, n).orElse(c);
        }
      }
      out.put(name, c);
    }
    return out;
  }

  /** Share of the full-name mentions the most mentioned owner of a surname needs to take it. */
  static final double DOMINANT_SHARE = 0.9;

  /** Two to four capitalised words: a person's name, not a glued dateline ("WASHINGTON—President Obama"). */
  private static final Pattern NAME_SHAPE =
      Pattern.compile("\\p{Lu}[\\p{L}'.-]*(?: \\p{Lu}[\\p{L}'.-]*){1,3}");

  private static java.util.Optional<String> dominant(Set<String> owners, Map<String, Long> counts, SpeakerNames n) {
    Map<String, Long> byOwner = new LinkedHashMap<>();
    counts.forEach((name, k) -> {
      String c = name == null ? null : n.canonical(name.strip());
      if (c != null && owners.contains(c) && NAME_SHAPE.matcher(c).matches() && !c.contains("—")) {
        byOwner.merge(c, k, Long::sum);
      }
    });
    long total = byOwner.values().stream().mapToLong(Long::longValue).sum();
    return byOwner.entrySet().stream().max(Map.Entry.comparingByValue())
        .filter(e -> e.getValue() >= DOMINANT_SHARE * total).map(Map.Entry::getKey);
  }

  static boolean endsWithWords(String full, String tail) {
    String f = key(full);
    String t = key(tail);
    return f.endsWith(" " + t) || f.equals(t);
  }

  /** Last word(s) a person is called by: "Mark Rutte" gives "Rutte", "Bart De Wever" "De Wever". */
  static List<String> surnameForms(String full) {
    String[] w = full.split(" ");
    if (w.length < 2) {
      return List.of(full);
    }
    String last = w[w.length - 1];
    String two = w[w.length - 2] + " " + last;
    return Character.isUpperCase(w[w.length - 2].charAt(0)) && w.length >= 3 ? List.of(last, two) : List.of(last);
  }

  private static String key(String s) {
    return SPACES.matcher(s.strip().replace('’', '\'')).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}

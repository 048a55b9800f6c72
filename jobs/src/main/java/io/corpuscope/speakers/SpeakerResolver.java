package io.corpuscope.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves the source mention of one cue to a canonical speaker, within one article.
 *
 * <p>Persons are found from the text, not from a list: a run of two or more capitalised proper
 * nouns that are not title words ("Mark Rutte" in "NATO Secretary General Mark Rutte") is a
 * full name; a single capitalised word is a person only when it is the surname of a full name in
 * the article, follows a personal title ("President Trump") or is in the alias table. Pronouns
 * resolve to the salient person (the last person speaker or person subject, in discourse order;
 * no gender agreement, since translated copy swaps pronouns). Title-only mentions resolve through
 * titles written next to names in this article, then {@link RoleTable}.
 */
final class SpeakerResolver {

  static final String PERSON = "person";
  static final String ORGANISATION = "organisation";
  static final String ANONYMOUS = "anonymous";
  static final String UNRESOLVED = "unresolved";
  private static final Pattern OUTER_BRACKETS = Pattern.compile("^\\[|\\]$");
  private static final Pattern CONTRACTION = Pattern.compile("'(?:s|m|re|ve|d|ll)$");

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> ARTICLES_OF_S = Set.of("the", "a", "an", "of", "'s");
  /** First words of a description of an unnamed or several sources ("a senior official", "two diplomats"). */
  private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "some", "several", "many", "two", "three",
      "other", "senior");

  /** A resolved source: canonical name (null unless a person or named organisation) and role. */
  record Resolved(String speaker, String role, String mentionType) {
  }

  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "we", "it", "i", "you");
  private static final Set<String> DEMONSTRATIVES = Set.of("that", "this", "there", "here", "what", "who");

  private final SpeakerNames names;
  private final RoleTable roles;
  /** Full names seen in the article, as written (title-stripped). */
  private final Set<String> fullNames = new LinkedHashSet<>();
  /** Lower-case title words written next to each canonical person. */
  private final Map<String, Set<String>> titles = new HashMap<>();
  private String salient;

  SpeakerResolver(SpeakerNames names, RoleTable roles) {
    this.names = names;
    this.roles = roles;
  }

  /** First pass over the whole article, so surnames and titles resolve cataphorically too. */
  void scan(List<Tok> toks) {
    int i = 0;
    while (i < toks.size()) {
      int[] run = nameRun(toks, i);
      if (run != null && run[1] - run[0] >= 2) {
        String name = join(toks, run[0], run[1]);
        fullNames.add(name);
        Set<String> t = titles.computeIfAbsent(canonicalFull(name), k -> new HashSet<>());
        for (int j = run[0] - 1; j >= 0 && j >= run[0] - 6; j--) {
          Tok w = toks.get(j);
          if (w.isPunct() || w.isVerb() || w.isPossessive()) {
            break;
          }
          t.add(w.lower());
        }
        // apposition: "Mark Rutte, the head of the military alliance," (closed by a comma: in
        // "in Pretoria, South Africa, the top US diplomat argued" the description is a subject)
        if (run[1] + 1 < toks.size() && toks.get(run[1]).text().equals(",")
            && ARTICLES.contains(toks.get(run[1] + 1).lower())) {
          int j = run[1] + 2;
          while (j < toks.size() && !toks.get(j).isPunct() && !toks.get(j).isVerb()) {
            j++;
          }
          if (j >= toks.size() || toks.get(j).isPunct()) {
            for (int k = run[1] + 2; k < j; k++) {
              t.add(toks.get(k).lower());
            }
          }
        }
        i = run[1];
      } else {
        i++;
      }
    }
  }

  /**
   * A run of capitalised name tokens starting at i: proper nouns that are not title words,
   * acronyms or possessives (a possessor, "Trump’s adviser", is never part of the name).
   * Returns {start, end} or null.
   */
  int[] nameRun(List<Tok> toks, int i) {
    int j = i;
    while (j < toks.size() && isNameToken(toks.get(j))) {
      j++;
    }
    return j > i ? new int[] {i, j} : null;
  }

  private boolean isNameToken(Tok t) {
    String w = t.text();
    if (!t.quoted() && w.endsWith(".") && Abbreviations.isInitial(w.substring(0, w.length() - 1))) {
      return true;   // initials: "R.", "G.K."
    }
    if (t.quoted() || !t.isCapitalised() || t.isAcronym() || t.isPossessive() || names.isTitleWord(w)
        || names.isInstitutionWord(w)) {
      return false;
    }

    return t.tag().startsWith("PROPN") || (t.tag().startsWith("NOUN") || t.tag().startsWith("VERB"))
        && w.chars().allMatch(Character::isLetter) && !w.equals("The");
  }

  /** Classifies and resolves the source noun phrase {@code np} (tokens of the sentence). */
  Resolved resolve(List<Tok> np) {
    if (np.isEmpty()) {
      return new Resolved(null, UNRESOLVED, "none");
    }
    Tok last = np.get(np.size() - 1);
    String head = last.lower();
    // "He's said", "I'm told", "We've said", "That's", "Trump's said": a word with has, is, am, have, would
    String plain = head.replace('’', '\'');
    String bare = CONTRACTION.matcher(plain).replaceFirst("");
    if (np.size() == 1 && !bare.equals(plain)) {
      if (PERSONAL_PRONOUNS.contains(bare) || GROUP_PRONOUNS.contains(bare)) {
        head = bare;
      } else if (DEMONSTRATIVES.contains(bare)) {
        return new Resolved(null, ANONYMOUS, "pronoun");
      } else {
        last = new Tok(last.text().substring(0, bare.length()), last.start(), last.start() + bare.length(), last.tag(),
            last.quoted());
        np = List.of(last);
        head = bare;
      }
    }
    if (np.size() == 1 && PERSONAL_PRONOUNS.contains(head)) {
      return salient != null ? new Resolved(salient, PERSON, "pronoun") : new Resolved(null, UNRESOLVED, "pronoun");
    }
    if (np.size() == 1 && GROUP_PRONOUNS.contains(head)) {
      return new Resolved(null, ANONYMOUS, "pronoun");
    }
    // "the foreign secretary of the UK": a title head before "of" makes the whole phrase a title
    for (int k = 1; k < np.size() - 1; k++) {
      if (np.get(k).lower().equals("of") && names.isTitleWord(np.get(k - 1).text())
          && ARTICLES.contains(np.get(0).lower())) {
        String who = byTitle(np);
        return who != null ? person(who, "title") : new Resolved(null, UNRESOLVED, "title");
      }
    }
    // trailing name run: scan back from the head over name tokens
    int end = np.size();
    int start = end;
    while (start > 0 && isNameToken(np.get(start - 1))) {
      start--;
    }
    if (start < end) {
      List<Tok> nameToks = np.subList(start, end);
      // "Secretary of Protection Pete Hegseth": the word after "of" belongs to the title
      if (nameToks.size() >= 3 && start > 0 && np.get(start - 1).lower().equals("of")) {
        nameToks = nameToks.subList(1, nameToks.size());
        start++;
      }
      String name = joinToks(nameToks);
      boolean titled = start > 0 && names.isTitleWord(np.get(start - 1).text());
      boolean determiner = ARTICLES.contains(np.get(0).lower());
      if (nameToks.size() >= 2 && !determiner) {
        return person(canonicalFull(name), "full_name");
      }
      String expanded = names.expandSurname(name, fullNames);
      boolean knownPerson = !expanded.equals(name) || isSurnameOfKnown(name);
      if (knownPerson || (titled && !determiner)) {
        return person(expanded, "surname");
      }
      return new Resolved(name, ORGANISATION, "organisation");
    }
    if (last.isCapitalised() && !last.isAcronym() && !last.isPunct() && isSurnameOfKnown(last.text())) {
      return person(names.expandSurname(last.text(), fullNames), "surname");   // "Trump/ADJ offered": tagged as an adjective
    }
    if (last.isAcronym() || last.isCapitalised() && !names.isTitleWord(last.text())) {
      return new Resolved(joinToks(np).replaceFirst("^(?i)the ", ""), ORGANISATION, "organisation");
    }
    String first = np.get(0).lower();
    boolean plural = head.endsWith("s") && !head.endsWith("ss") && !names.isTitleWord(head);
    if (INDEFINITE.contains(first) || plural) {
      return new Resolved(null, ANONYMOUS, "anonymous");
    }
    if (names.isTitleWord(head) || head.equals("secretary") || head.endsWith("man") || head.endsWith("woman")) {
      String who = byTitle(np);
      return who != null ? person(who, "title") : new Resolved(null, UNRESOLVED, "title");
    }
    return new Resolved(null, ORGANISATION, "organisation");
  }

  private Resolved person(String canonical, String mention) {
    return new Resolved(canonical, PERSON, mention);
  }

  private boolean isSurnameOfKnown(String name) {
    for (String f : fullNames) {
      if (SpeakerNames.endsWithWords(f, name)) {
        return true;
      }
    }
    return !names.canonical(name).equals(name);
  }

  /** The person whose in-article titles cover the description, else the role table. */
  private String byTitle(List<Tok> np) {
    List<String> words = new ArrayList<>();
    for (Tok t : np) {
      if (!ARTICLES_OF_S.contains(t.lower()) && !t.isPunct()) {
        words.add(t.lower());
      }
    }
    String head = words.isEmpty() ? "" : words.get(words.size() - 1);
    String best = null;
    int bestScore = 0;
    boolean tie = false;
    for (Map.Entry<String, Set<String>> e : titles.entrySet()) {
      if (!e.getValue().contains(head)) {
        continue;
      }
      int score = 0;
      for (String w : words) {
        score += e.getValue().contains(w) ? 1 : 0;
      }
      if (score == words.size() && score > bestScore) {
        best = e.getKey();
        bestScore = score;
        tie = false;
      } else if (score == words.size() && score == bestScore && !e.getKey().equals(best)) {
        tie = true;
      }
    }
    if (best != null && !tie) {
      return best;
    }
    Set<String> present = new HashSet<>();
    for (String f : fullNames) {
      present.add(canonicalFull(f));
    }
    return roles.resolve(joinToks(np), present);
  }

  private String canonicalFull(String name) {
    return names.canonical(name);
  }

  /** The person pronouns now refer to. */
  void setSalient(String canonical) {
    if (canonical != null) {
      salient = canonical;
    }
  }

  String salient() {
    return salient;
  }

  Set<String> fullNames() {
    return fullNames;
  }

  static String joinToks(List<Tok> toks) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < toks.size(); i++) {
      if (i > 0 && toks.get(i).start() > toks.get(i - 1).end()) {
        b.append(' ');
      }
      b.append(toks.get(i).text());
    }
    return OUTER_BRACKETS.matcher(b).replaceAll("");
  }

  private static String join(List<Tok> toks, int a, int b) {
    return joinToks(toks.subList(a, b)).toLowerCase(Locale.ROOT).equals("") ? "" : joinToks(toks.subList(a, b));
  }
}

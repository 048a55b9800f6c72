package io.corpuscope.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who holds a spending position (GUIDELINES.md 3.2): the quote's speaker when the sentence
 * is a quote; else the grammatical subject (person, country, organisation, group; capitals and
 * administrations map to countries via {@code holders.txt}); else the outlet's narration. A
 * pronoun or a bare title ("he", "The top US diplomat") resolves to the salient earlier person.
 * Positions relayed by someone else ("pressure from the United States to ...", "Trump's call",
 * "agreed with the US") belong to whom they describe, with the relaying speaker as {@code via}.
 *
 * <p>Call {@link #resolve} then {@link #observe} for every sentence of an article, in order, with
 * one {@link Article} state per article. Thread-safe apart from the per-article state.
 */
public final class HolderResolver {
  /** Per-article discourse state: known full names and the salient person. */
  public static final class Article {
    final Map<String, String> fullBySurname = new HashMap<>();
    private String salientPerson;

    /** The person a pronoun would currently resolve to, or null. */
    public String salientPerson() {
      return salientPerson;
    }
  }

  private static final String NAME_RUN = "[A-Z][\\w’'.-]*(?:\\s+(?:of\\s+|de\\s+|van\\s+|von\\s+)?[A-Z][\\w’'.-]*)*";
  private static final Pattern RUN = Pattern.compile(NAME_RUN);
  private static final Pattern PRONOUN = Pattern.compile("^(?:he|she|He|She)\\b(?:['’]s)?");
  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:we|We|our|Our|us)\\b|\\bagreed\\b|\\bmust\\b");
  private static final Pattern OPEN_QUOTE = Pattern.compile("^[“\"‘]");
  private static final Pattern RUN_AT_END = Pattern.compile("(" + NAME_RUN + ")$");
  private static final Pattern AGREED_WITH = Pattern.compile("\\bagreed with\\s+");
  private static final Pattern THAT = Pattern.compile("\\bthat\\s+");

  private final HolderTable table = new HolderTable();
  private final PersonNames names;
  private final Set<String> intro;
  private final List<String> determiners;
  private final Pattern roleDescription;
  private final Pattern speechVerb;
  private final Pattern relayFrom;
  private final Pattern relayPossessive;
  private final Pattern relayThat;

  public HolderResolver() {
    Map<String, List<String>> s = ReferenceResources.sections("holder-cues.txt");
    intro = new HashSet<>(s.get("intro"));
    determiners = s.get("determiners");
    names = new PersonNames(table, new HashSet<>(s.get("titles")), new HashSet<>(s.get("not_names")));
    roleDescription = Pattern.compile("^(?:The|the)\\s+(?:[\\w.-]+\\s+){0,3}?" + ReferenceResources.alternation(s.get("role_nouns")) + "\\b");
    speechVerb = Pattern.compile("\\b" + ReferenceResources.alternation(s.get("speech_verbs")) + "\\b");
    relayFrom = Pattern.compile("\\b" + ReferenceResources.alternation(s.get("relay_from")) + "\\s+(?:from|by)\\s+");
    relayPossessive = Pattern.compile("['’]s?\\s+(?:[a-z-]+\\s+)?" + ReferenceResources.alternation(s.get("relay_possessive")) + "\\b");
    relayThat = Pattern.compile("\\s*(?:have|has|had)?\\s*(?:\\w+ly\\s+)?(?:committed|want\\w*|demand\\w*|ask\\w*|pledged|insist\\w*|expect\\w*)\\b");
  }

  /** True when a reporting verb follows the subject mention within a few words. */
  private boolean speaks(String sentence, Holder subject) {
    int at = subject.asWritten() == null ? -1 : sentence.indexOf(subject.asWritten());
    if (at < 0) {
      return false;
    }
    String after = sentence.substring(at + subject.asWritten().length());
    Matcher m = speechVerb.matcher(after);
    return m.find() && after.substring(0, m.start()).split("\\s+").length <= 4;
  }

  /** A fresh discourse state for one article. */
  public Article newArticle() {
    return new Article();
  }

  /** True when a reporting or stance verb occurs in the sentence ("said", "demands", "urged"). */
  public boolean hasSpeechVerb(String sentence) {
    return speechVerb.matcher(sentence).find();
  }

  /**
   * Holders of the sentence's position(s). {@code attitude} says whether the sentence carries a
   * stance-bearing proposition; without one and without a quote, narration belongs to the outlet.
   */
  public List<Holder> resolve(Article st, String sentence, QuoteInfo quote, boolean attitude) {
    List<Holder> relayed = new ArrayList<>();
    Holder primary = null;
    if (quote != null && quote.speaker() != null) {
      PersonNames.register(st, quote.speaker());
      primary = new Holder(quote.speaker(), Holder.PERSON, quote.speaker(), null);
    } else {
      Holder subject = subject(st, sentence);
      // Without a stance-bearing cue, only a subject that is the source of a reporting verb
      // ("Ahelbarra stated that ...") holds the (neutral) statement; else it is narration.
      if (subject != null && (attitude || speaks(sentence, subject))) {
        primary = subject;
      }
    }
    String via = primary != null && primary.type().equals(Holder.PERSON) ? primary.name() : null;
    for (Holder r : relayed(st, sentence, via)) {
      if (primary == null || !r.name().equals(primary.name())) {
        if (relayed.stream().noneMatch(x -> x.name().equals(r.name()))) {
          relayed.add(r);
        }
      }
    }
    List<Holder> out = new ArrayList<>();
    // R3: a speaker who only reports another actor's position gets no row of their own, unless
    // they also speak in their own voice (first person, "agreed", "must").
    if (primary != null && (relayed.isEmpty() || FIRST_PERSON.matcher(sentence).find())) {
      out.add(primary);
    }
    out.addAll(relayed);
    if (out.isEmpty()) {
      out.add(Holder.outlet());
    }
    return out;
  }

  /** Registers the full person names of a text (a title, a byline) in the article state. */
  public void learnNames(Article st, String text) {
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      names.person(st, m.group(), false);
    }
  }

  /** Updates the discourse state with the sentence's names, subject and speaker. */
  public void observe(Article st, String sentence, QuoteInfo quote) {
    learnNames(st, sentence);
    if (quote != null && quote.speaker() != null) {
      PersonNames.register(st, quote.speaker());
      st.salientPerson = quote.speaker();
      return;
    }
    Holder subject = subject(st, sentence);
    if (subject != null && subject.type().equals(Holder.PERSON)) {
      st.salientPerson = subject.name();
    }
  }

  /** The grammatical subject of the main clause, resolved, or null. */
  Holder subject(Article st, String sentence) {
    String s = sentence.strip();
    if (OPEN_QUOTE.matcher(s).find()) {
      // "“...,” he added" / "“...,” Rubio told reporters": the source follows the closing mark.
      int close = closingQuote(s);
      if (close < 0) {
        return null;
      }
      s = s.substring(close + 1).replaceFirst("^[\\s,.]+", "");
    }
    s = stripIntro(s);
    Matcher p = PRONOUN.matcher(s);
    if (p.find()) {
      return st.salientPerson == null ? null : new Holder(st.salientPerson, Holder.PERSON, p.group(), null);
    }
    Matcher r = roleDescription.matcher(s);
    if (r.find() && st.salientPerson != null && table.atStart(r.group()) == null) {
      return new Holder(st.salientPerson, Holder.PERSON, r.group(), null);
    }
    return mentionAt(st, s, 0);
  }

  /** A person or table entity starting at {@code at} in {@code s}, or null. */
  private Holder mentionAt(Article st, String s, int at) {
    String rest = s.substring(at);
    Matcher run = RUN.matcher(rest);
    boolean hasRun = run.lookingAt();
    // A table form covering the whole capitalised run ("The Trump administration") is an entity,
    // not the person inside it.
    HolderTable.Mention first = table.atStart(rest);
    if (first != null && (!hasRun || first.end() >= run.end())) {
      return new Holder(first.canonical(), first.type(), first.asWritten(), null);
    }
    if (hasRun) {
      Holder person = names.person(st, run.group(), true);
      if (person != null) {
        return person;
      }
    }
    return first == null ? null : new Holder(first.canonical(), first.type(), first.asWritten(), null);
  }

  private List<Holder> relayed(Article st, String sentence, String via) {
    List<Holder> out = new ArrayList<>();
    Matcher f = relayFrom.matcher(sentence);
    while (f.find()) {
      Holder h = mentionAt(st, sentence, f.end());
      if (h == null && sentence.startsWith("the ", f.end())) {
        h = mentionAt(st, sentence, f.end() + 4);
      }
      add(out, h, via);
    }
    Matcher pos = relayPossessive.matcher(sentence);
    while (pos.find()) {
      // The possessor is the capitalised run or table form right before "'s".
      String before = sentence.substring(0, pos.start());
      Matcher run = RUN_AT_END.matcher(before);
      if (run.find()) {
        add(out, mentionAt(st, sentence, run.start(1)), via);
      }
    }
    Matcher agreed = AGREED_WITH.matcher(sentence);
    while (agreed.find()) {
      add(out, mentionAt(st, sentence, agreed.end()), via);
    }
    Matcher that = THAT.matcher(sentence);
    while (that.find()) {
      Holder h = mentionAt(st, sentence, that.end());
      if (h != null && !h.type().equals(Holder.PERSON)) {
        int after = that.end() + h.asWritten().length();
        if (relayThat.matcher(sentence.substring(after)).lookingAt()) {
          add(out, h, via);
        }
      }
    }
    String quoted = quotedContent(sentence);
    if (quoted != null && !FIRST_PERSON.matcher(quoted).find()) {
      Holder h = mentionAt(st, stripIntro(quoted), 0);
      if (h != null && (h.type().equals(Holder.GROUP) || h.type().equals(Holder.COUNTRY))) {
        add(out, h, via);
      }
    }
    return out;
  }

  private static void add(List<Holder> out, Holder h, String via) {
    if (h != null && h.name() != null) {
      out.add(new Holder(h.name(), h.type(), h.asWritten(), via));
    }
  }

  private String stripIntro(String s) {
    String out = s;
    for (int guard = 0; guard < 4; guard++) {
      String first = out.split("[\\s,]+", 2)[0];
      if (intro.contains(first)) {
        int comma = out.indexOf(',');
        boolean clause = comma > 0 && comma < 110 && !first.equals("But") && !first.equals("And");
        out = clause ? out.substring(comma + 1).strip() : out.substring(first.length()).replaceFirst("^[\\s,]+", "");
        continue;
      }
      boolean changed = false;
      for (String d : determiners) {
        if (out.regionMatches(true, 0, d + " ", 0, d.length() + 1)) {
          out = out.substring(d.length() + 1);
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    return out;
  }

  private static int closingQuote(String s) {
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '”' || (c == '"' && s.charAt(0) == '"')) {
        return i;
      }
    }
    return -1;
  }

  private static String quotedContent(String sentence) {
    String s = sentence.strip();
    if (!OPEN_QUOTE.matcher(s).find()) {
      return null;
    }
    int close = closingQuote(s);
    return close < 0 ? s.substring(1) : s.substring(1, close);
  }
}

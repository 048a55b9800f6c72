package io.corpuscope.speakers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Abbreviations that never end a sentence or a name: a title before a name ("Sen. Jeff Flake",
 * "Rep.", "Gen.", "Mr.", "Del."), initials ("Eugene R. Fidell", "G.K. Butterfield") and a bill or item number
 * ("H.R. 1540", "No. 2"). The sentence splitter does not break after them and the tokenizer keeps
 * their full stop.
 */
final class Abbreviations {

  /** Lower case, no full stop: always followed by a name. */
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gen",
      "gov", "lt", "col", "adm", "sgt", "capt", "maj", "cmdr", "cpl", "pvt", "brig", "prof", "rev", "hon", "amb",
      "atty", "supt", "spc", "pfc", "messrs", "del");
  /** Lower case, no full stop: always followed by a number. */
  private static final Set<String> BEFORE_NUMBER = Set.of("no", "nos", "vol", "art", "h.r", "s", "h.j", "s.j");

  private Abbreviations() {
  }

  /** A title abbreviation, written without its full stop ("Sen", "Gen"). */
  static boolean isTitle(String word) {
    return TITLES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Initials, written without their last full stop ("R", "G.K"; not the pronoun "I"). */
  static boolean isInitial(String word) {
    return word.length() == 1 && Character.isUpperCase(word.charAt(0)) && !word.equals("I")
        || INITIALS.matcher(word).matches() && !PLACES.contains(word);
  }

  /** Initialisms of places and bodies, never a person's initials. */
  private static final Set<String> PLACES = Set.of("U.S", "U.K", "U.N", "E.U", "D.C", "L.A", "N.Y", "S.C", "N.C");

  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}");

  /**
   * Whether {@code word} (without its full stop) followed by a full stop and then by
   * {@code next} (the first character after the spaces) is an abbreviation, not a sentence end.
   */
  static boolean continues(String word, char next) {
    if (Character.isDigit(next)) {
      return BEFORE_NUMBER.contains(word.toLowerCase(Locale.ROOT));
    }
    return Character.isUpperCase(next) && (isTitle(word) || isInitial(word));
  }
}

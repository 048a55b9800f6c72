package io.corpuscope.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiled boilerplate rules read from the pattern file {@code data/reference/boilerplate.txt}
 * (classpath resource {@value #DEFAULT_RESOURCE}).
 *
 * <p>Format, one rule per line; {@code #} comment lines and blank lines are ignored:
 * <ul>
 *   <li>{@code line: REGEX} — a whole trimmed line that fully matches is boilerplate;</li>
 *   <li>{@code trailing: REGEX} — a match at the end of a line is cut off (agency credits);</li>
 *   <li>{@code leading: REGEX} — a match at the start of a line is cut off (datelines).</li>
 * </ul>
 * Regexes are Java syntax, case-insensitive and Unicode-aware. Leading/trailing rules never empty
 * a line: only {@code line:} rules may delete one, and they must match the whole line, so a real
 * sentence that merely contains a chrome phrase is kept. Instances are immutable and
 * {@link Serializable} (compiled {@link Pattern}s serialise), so Spark can ship them to executors.
 */
public final class BoilerplatePatterns implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Classpath location of the bundled pattern file. */
  public static final String DEFAULT_RESOURCE = "corpuscope/reference/boilerplate.txt";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private final List<Pattern> lineRules;
  private final List<Pattern> leadingRules;
  private final List<Pattern> trailingRules;

  private BoilerplatePatterns(List<Pattern> line, List<Pattern> leading, List<Pattern> trailing) {
    this.lineRules = List.copyOf(line);
    this.leadingRules = List.copyOf(leading);
    this.trailingRules = List.copyOf(trailing);
  }

  /**
   * Parses and compiles a pattern file's lines.
   *
   * @throws IllegalArgumentException naming the 1-based line number of an unknown rule kind
   *     or an invalid regex
   */
  public static BoilerplatePatterns parse(List<String> lines) {
    List<Pattern> line = new ArrayList<>();
    List<Pattern> leading = new ArrayList<>();
    List<Pattern> trailing = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String raw = lines.get(i).strip();
      if (raw.isEmpty() || raw.startsWith("#")) {
        continue;
      }
      int colon = raw.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("boilerplate pattern line " + lineNo
            + ": expected 'line:', 'leading:' or 'trailing:' but got: " + raw);
      }
      String kind = raw.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String regex = raw.substring(colon + 1).strip();
      if (regex.isEmpty()) {
        throw new IllegalArgumentException("boilerplate pattern line " + lineNo + ": empty regex");
      }
      // Wrapping in (?:...) keeps a top-level alternation inside the anchors added here.
      switch (kind) {
        case "line" -> line.add(compile("(?:" + regex + ")", lineNo, regex));
        case "leading" -> leading.add(compile("^(?:" + regex + ")", lineNo, regex));
        case "trailing" -> trailing.add(compile("(?:" + regex + ")\\s*$", lineNo, regex));
        default -> throw new IllegalArgumentException("boilerplate pattern line " + lineNo
            + ": unknown rule kind '" + kind + "' (expected line, leading or trailing)");
      }
    }
    return new BoilerplatePatterns(line, leading, trailing);
  }

  /** Loads the pattern file bundled in the jar at {@value #DEFAULT_RESOURCE}. */
  public static BoilerplatePatterns loadDefault() {
    ClassLoader loader = BoilerplatePatterns.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource missing: " + DEFAULT_RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  private static Pattern compile(String anchored, int lineNo, String regex) {
    try {
      return Pattern.compile(anchored, FLAGS);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("boilerplate pattern line " + lineNo
          + ": invalid regex '" + regex + "': " + e.getDescription(), e);
    }
  }

  /** True when the whole (trimmed) line fully matches a {@code line:} rule. */
  public boolean isBoilerplateLine(String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return false;
    }
    for (Pattern p : lineRules) {
      if (p.matcher(trimmed).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Cuts leading datelines and trailing credits off a line. Returns the line unchanged when no
   * rule applies, and never returns a blank string for a non-blank line.
   */
  public String stripAffixes(String line) {
    String out = line.strip();
    for (Pattern p : leadingRules) {
      Matcher m = p.matcher(out);
      if (m.lookingAt() && m.end() > 0 && !out.substring(m.end()).isBlank()) {
        out = out.substring(m.end()).strip();
      }
    }
    for (Pattern p : trailingRules) {
      Matcher m = p.matcher(out);
      if (m.find() && m.start() < out.length() && !out.substring(0, m.start()).isBlank()) {
        out = out.substring(0, m.start()).strip();
      }
    }
    return out;
  }

  /** Number of {@code line:} rules (diagnostics). */
  public int lineRuleCount() {
    return lineRules.size();
  }

  /** Number of {@code leading:} plus {@code trailing:} rules (diagnostics). */
  public int affixRuleCount() {
    return leadingRules.size() + trailingRules.size();
  }
}

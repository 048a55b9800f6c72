package io.corpuscope.text;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns article text that carries HTML markup or entities into plain text, using jsoup.
 *
 * <p>Plain text returns untouched (the common case, checked with one precompiled scan).
 * {@code <script>}, {@code <style>} and similar non-content elements are dropped with their
 * content; block elements become paragraph breaks and {@code <br>} a line break; entities are
 * decoded. Only lowercase tag names count as markup: Reuters-21578 writes company tickers as
 * {@code <BP>}, {@code <P>} or {@code <U>}, and those must survive as text.
 */
public final class HtmlText {

  /** A known HTML tag name in lowercase, e.g. {@code <p>}, {@code </div>}, {@code <br/>}. */
  private static final Pattern TAG = Pattern.compile(
      "</?(?:p|br|div|span|a|b|i|u|em|strong|small|sup|sub|li|ul|ol|h[1-6]|table|thead|tbody"
          + "|tr|td|th|img|hr|figure|figcaption|blockquote|section|article|header|footer|nav"
          + "|aside|main|script|style|noscript|iframe|html|body|head|meta|link|time|picture"
          + "|source|pre|code|svg|form|button|label|input|template)(?:\\s[^<>]*)?/?>|<!--");
  /** Block-level tags: when present, source newlines are just whitespace, as in a browser. */
  private static final Pattern BLOCK_TAG = Pattern.compile(
      "<(?:p|br|div|li|h[1-6]|table|tr|blockquote|section|article|ul|ol|html|body)[\\s/>]");
  private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern MANY_NEWLINES = Pattern.compile("\\n[ \\t]*(?:\\n[ \\t]*){2,}");
  private static final String DROPPED = "script, style, noscript, template, iframe, svg, head, form, button";

  private HtmlText() {
  }

  /** True when the text contains a known lowercase HTML tag, a comment, or an entity. */
  public static boolean looksLikeHtml(String text) {
    if (text == null || (text.indexOf('<') < 0 && text.indexOf('&') < 0)) {
      return false;
    }
    return TAG.matcher(text).find() || ENTITY.matcher(text).find();
  }

  /** Returns plain text: markup removed and entities decoded; plain text passes through. */
  public static String toPlainText(String text) {
    if (!looksLikeHtml(text)) {
      return text == null ? "" : text;
    }
    if (!TAG.matcher(text).find()) {
      // Entities only: decode in place so the text's own line structure survives.
      return Parser.unescapeEntities(text, false);
    }
    Document doc = Jsoup.parseBodyFragment(text);
    doc.select(DROPPED).remove();
    boolean keepNewlines = !BLOCK_TAG.matcher(text).find();
    StringBuilder out = new StringBuilder(text.length());
    NodeTraversor.traverse(new Collector(out, keepNewlines), doc.body());
    return MANY_NEWLINES.matcher(out).replaceAll("\n\n").strip();
  }

  /** Appends text nodes, turning block boundaries into blank lines and br into a newline. */
  private record Collector(StringBuilder out, boolean keepNewlines) implements NodeVisitor {
    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = t.getWholeText();
        // Inline-only fragments are plain text with a few tags, so their newlines are
        // the author's paragraphs; in real HTML they are only source formatting.
        out.append(keepNewlines ? SPACES.matcher(s).replaceAll(" ")
            : WHITESPACE.matcher(s).replaceAll(" "));
      } else if (node instanceof Element e) {
        if (e.normalName().equals("br")) {
          out.append('\n');
        } else if (e.isBlock()) {
          out.append("\n\n");
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && e.isBlock() && !e.normalName().equals("br")) {
        out.append("\n\n");
      }
    }
  }
}

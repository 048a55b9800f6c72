package io.corpuscope.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HTML stripping with jsoup. */
class HtmlTextTest {

  @Test
  void aScriptBlockVanishesWithItsContent() {
    assertThat(HtmlText.toPlainText("<p>Before.</p><script>var ad = 'Buy now';</script><p>After.</p>"))
        .doesNotContain("Buy now", "var ad").contains("Before.").contains("After.");
  }

  @Test
  void aStyleBlockVanishesWithItsContent() {
    assertThat(HtmlText.toPlainText("<style>p { color: red }</style><p>Text.</p>")).isEqualTo("Text.");
  }

  @Test
  void entitiesAreDecoded() {
    assertThat(HtmlText.toPlainText("<p>AT&amp;T &quot;won&quot; &#8212; again</p>")).isEqualTo("AT&T \"won\" — again");
  }

  @Test
  void paragraphsBecomeParagraphBreaks() {
    assertThat(HtmlText.toPlainText("<p>One.</p>\n<p>Two\n words.</p>")).isEqualTo("One.\n\nTwo words.");
  }

  @Test
  void aBrBecomesALineBreak() {
    assertThat(HtmlText.toPlainText("<div>Line one<br>Line two</div>")).isEqualTo("Line one\nLine two");
  }

  @Test
  void plainTextPassesThroughAsTheSameString() {
    String plain = "No markup here.\n\nA second paragraph with 5 < 6.";
    assertThat(HtmlText.toPlainText(plain)).isSameAs(plain);
  }

  @Test
  void entitiesInPlainTextAreDecodedKeepingItsLines() {
    assertThat(HtmlText.toPlainText("Ben &amp; Jerry\nsecond line")).isEqualTo("Ben & Jerry\nsecond line");
  }

  @Test
  void uppercaseReutersTickersAreNotTakenForTags() {
    String text = "British Petroleum Co Plc <BP> and <U> units";
    assertThat(HtmlText.looksLikeHtml(text)).isFalse();
    assertThat(HtmlText.toPlainText(text)).isSameAs(text);
  }

  @Test
  void inlineTagsInPlainTextKeepTheAuthorsLineBreaks() {
    assertThat(HtmlText.toPlainText("First <a href=\"x\">link</a> para.\n\nSecond para."))
        .isEqualTo("First link para.\n\nSecond para.");
  }
}

package io.corpuscope.stance;

/**
 * The actor a spending position is attributed to.
 *
 * @param name canonical name ({@code United States}, {@code Marco Rubio}, {@code European allies}),
 *     {@code null} for the outlet's own narration
 * @param type {@code person}, {@code country}, {@code organisation}, {@code group} or {@code outlet}
 * @param asWritten the mention in the sentence ({@code he}, {@code Washington}), nullable
 * @param via the speaker who relays the position of {@code name}, else {@code null}
 */
public record Holder(String name, String type, String asWritten, String via) {
  public static final String PERSON = "person";
  public static final String COUNTRY = "country";
  public static final String ORGANISATION = "organisation";
  public static final String GROUP = "group";
  public static final String OUTLET = "outlet";

  /** The outlet's narration. */
  public static Holder outlet() {
    return new Holder(null, OUTLET, null, null);
  }
}

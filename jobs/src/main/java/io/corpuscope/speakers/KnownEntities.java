package io.corpuscope.speakers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries, organisations and groups of {@code data/reference/holders.txt} (the stance stage's
 * holder table), so that a source the part-of-speech tagger took for a person ('Soviet Union
 * said', 'Member States stressed') is filed under its real kind and name.
 */
final class KnownEntities {
  /** A known entity: its canonical name and kind (country, organisation or group). */
  record Entity(String name, String type) {}

  private static final Map<String, Entity> BY_FORM = load();

  private KnownEntities() {}

  /** The entity a speaker name denotes, ignoring case and a leading "the". */
  static Optional<Entity> of(String speaker) {
    return speaker == null ? Optional.empty() : Optional.ofNullable(BY_FORM.get(key(speaker)));
  }

  private static String key(String s) {
    String k = s.strip().toLowerCase(Locale.ROOT);
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  private static Map<String, Entity> load() {
    Map<String, Entity> m = new HashMap<>();
    InputStream in = KnownEntities.class.getClassLoader().getResourceAsStream("corpuscope/reference/holders.txt");
    if (in == null) {
      return m;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\\|");
        if (line.startsWith("#") || f.length < 3) {
          continue;
        }
        Entity e = new Entity(f[0].strip(), f[1].strip());
        m.putIfAbsent(key(e.name()), e);
        for (String form : f[2].split(",")) {
          m.putIfAbsent(key(form), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }
}

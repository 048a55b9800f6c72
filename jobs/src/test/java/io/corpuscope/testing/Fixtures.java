package io.corpuscope.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.BZip2Codec;

/** Small input files written on the fly, so tests need no binary fixtures in the repository. */
public final class Fixtures {
  private Fixtures() {}

  private static final String[] SENTENCES = {
    "The ministers discussed the air-defence shortfall on the eastern flank for most of the afternoon.",
    "Officials in Warsaw have warned for months that ammunition stocks are running low.",
    "A new fund for joint procurement was proposed by the Dutch delegation but drew little support.",
    "Diplomats expect a final communique only after the leaders' summit in the summer.",
    "Budget committees in several parliaments are yet to approve the extra money.",
    "Farmers protesting outside the venue blocked two roads with tractors for an hour.",
    "The Baltic states asked for a permanent brigade rather than rotating battalions.",
    "Markets barely moved on the news, and the euro closed slightly higher against the dollar.",
    "Shipyards in the north have hired thousands of workers since the order book doubled.",
    "A spokesman declined to say whether the talks would resume before the election.",
    "Analysts at a Brussels think tank called the plan ambitious but underfunded.",
    "Rail links to the port will be upgraded so that heavy equipment can move faster.",
  };

  /**
   * A real-looking English news paragraph about {@code who} and {@code what}; different
   * arguments give different stories (not near-duplicates of each other).
   */
  public static String story(String who, String what) {
    int h = Math.floorMod((who + what).hashCode(), SENTENCES.length);
    StringBuilder b = new StringBuilder(who + " said on Tuesday that the alliance would " + what + ".");
    for (int i = 0; i < 4; i++) {
      b.append(' ').append(SENTENCES[(h + i * 5) % SENTENCES.length]);
    }
    return b.append(" \"We will do this together,\" ").append(who).append(" told reporters.").toString();
  }

  public static Path write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  public static Path writeBytes(Path file, byte[] content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  public static Path gzip(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  public static Path bzip2(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    BZip2Codec codec = new BZip2Codec();
    codec.setConf(new Configuration(false));
    try (OutputStream out = codec.createOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  /** A JSON Lines record with the default field names. */
  public static String jsonl(String id, String date, String text) {
    return "{\"id\":" + q(id) + ",\"source\":\"Wire\",\"url\":null,\"published_date\":" + q(date)
        + ",\"title\":\"Ministers meet\",\"text\":" + q(text) + "}\n";
  }

  public static String q(String s) {
    if (s == null) {
      return "null";
    }
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}

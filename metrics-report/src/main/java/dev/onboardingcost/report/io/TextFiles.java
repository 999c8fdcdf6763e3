package dev.onboardingcost.report.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens text inputs the way people's exports arrive: UTF-8 with or without a byte-order mark, or
 * UTF-16 with one. The byte-order mark is consumed. Bytes that are not valid UTF-8 are decoded as
 * Windows-1252, the usual culprit, rather than turned into replacement characters.
 */
public final class TextFiles {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextFiles() {}

  /** A reader over {@code file} in the encoding its first bytes announce. */
  public static Reader open(Path file) throws IOException {
    InputStream in =
        new BufferedInputStream(ReadProgress.counting(Files.newInputStream(file)), 1 << 16);
    Charset charset = sniff(in, file);
    return new InputStreamReader(in, decoderFor(charset));
  }

  /** The whole of a small text file, decoded as {@link #open} does. */
  public static String readString(Path file) throws IOException {
    try (Reader reader = open(file)) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n; (n = reader.read(buffer)) > 0; ) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    }
  }

  private static CharsetDecoder decoderFor(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  /** Reads the byte-order mark, if any, and decides the charset. */
  private static Charset sniff(InputStream in, Path file) throws IOException {
    in.mark(4);
    int b0 = in.read();
    int b1 = in.read();
    int b2 = in.read();
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    in.reset();
    in.mark(2);
    b0 = in.read();
    b1 = in.read();
    if (b0 == 0xFE && b1 == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    in.reset();
    return isValidUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
  }

  /** True when the first megabyte of {@code file} decodes as UTF-8. */
  private static boolean isValidUtf8(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(1 << 20);
    }
    int end = head.length;
    // A multi-byte character cut at the end of the sample is not an error.
    int back = 0;
    while (back < 3 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80) {
      back++;
    }
    if (end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0xC0) {
      end = end - back - 1;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(head, 0, end));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }
}

package dev.onboardingcost.report.hardening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The texts of a run's outputs, for tests that look for what must not be there. */
final class OutputTexts {
  private OutputTexts() {}

  /** The text of every file under {@code root}, zip containers (xlsx) entry by entry. */
  static List<String> under(Path root) throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        texts.addAll(of(Files.readAllBytes(file)));
      }
    }
    return texts;
  }

  /** The text of a file, or of each entry when it is a zip container (xlsx, docx, pptx). */
  static List<String> of(byte[] bytes) throws IOException {
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
      return List.of(new String(bytes, StandardCharsets.UTF_8));
    }
    // Read through the central directory: POI stores some entries with sizes only there.
    Path copy = Files.createTempFile("outputs", ".zip");
    try {
      Files.write(copy, bytes);
      List<String> texts = new ArrayList<>();
      try (ZipFile zip = new ZipFile(copy.toFile())) {
        for (ZipEntry entry : Collections.list(zip.entries())) {
          try (var in = zip.getInputStream(entry)) {
            texts.addAll(of(in.readAllBytes()));
          }
        }
      }
      return texts;
    } finally {
      Files.delete(copy);
    }
  }
}

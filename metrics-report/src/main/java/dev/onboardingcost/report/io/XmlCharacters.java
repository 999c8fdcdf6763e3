package dev.onboardingcost.report.io;

/** The characters XML 1.0 allows in a document: what an SVG or a workbook cell may hold. */
public final class XmlCharacters {
  private XmlCharacters() {}

  /** True when XML 1.0 allows the code point {@code c} in a document. */
  public static boolean isAllowed(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}

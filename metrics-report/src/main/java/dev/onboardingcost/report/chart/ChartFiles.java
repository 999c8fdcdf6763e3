package dev.onboardingcost.report.chart;

import dev.onboardingcost.report.io.XmlCharacters;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a chart as PNG ({@link ChartStyle#WIDTH} × {@link ChartStyle#HEIGHT} drawn at {@link
 * ChartStyle#SCALE}× for slides: 1600 × 900 pixels) and as SVG. Same chart, same bytes: the PNG
 * carries no time stamp and the SVG's element ids have a fixed prefix.
 */
public final class ChartFiles {
  private ChartFiles() {}

  /** The chart as PNG bytes, 1600 × 900 pixels. */
  public static byte[] png(JFreeChart chart) {
    int width = ChartStyle.WIDTH * ChartStyle.SCALE;
    int height = ChartStyle.HEIGHT * ChartStyle.SCALE;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g2.setColor(java.awt.Color.WHITE);
      g2.fillRect(0, 0, width, height);
      g2.scale(ChartStyle.SCALE, ChartStyle.SCALE);
      chart.draw(g2, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
    } finally {
      g2.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // In memory only: no cache file in the shared temporary folder, where a full disk would fail it
    ImageIO.setUseCache(false);
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("this Java runtime has no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("PNG of an in-memory image cannot fail", e);
    }
    return out.toByteArray();
  }

  /**
   * The chart as an SVG document. Characters XML forbids (most control characters, which input text
   * such as a system name may carry) are dropped, so the document is always well-formed XML.
   */
  public static String svg(JFreeChart chart) {
    SVGGraphics2D g2 = new SVGGraphics2D(ChartStyle.WIDTH, ChartStyle.HEIGHT);
    g2.setDefsKeyPrefix("oc");
    g2.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    chart.draw(g2, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
    return xmlCharactersOnly(g2.getSVGDocument());
  }

  /** {@code text} without the characters XML 1.0 does not allow in a document. */
  static String xmlCharactersOnly(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(XmlCharacters::isAllowed).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  /** Writes {@code png} bytes to {@code file}. */
  public static void writePng(byte[] png, Path file) throws IOException {
    Files.write(file, png);
  }

  /** Writes the chart as SVG to {@code file}. */
  public static void writeSvg(JFreeChart chart, Path file) throws IOException {
    Files.writeString(file, svg(chart), StandardCharsets.UTF_8);
  }
}

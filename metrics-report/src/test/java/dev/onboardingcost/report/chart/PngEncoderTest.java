package dev.onboardingcost.report.chart;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.onboardingcost.report.TestWorkspaces;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG encoder writes the very bytes ImageIO's PNG writer writes, only sooner. */
class PngEncoderTest {
  @Test
  void every_chart_of_the_sample_has_the_bytes_of_imageio() throws IOException {
    for (NamedChart chart : ReportCharts.of(TestWorkspaces.sampleResults())) {
      byte[] png = ChartFiles.png(chart.chart());
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      BufferedImage rgb =
          new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
      rgb.getGraphics().drawImage(image, 0, 0, null);
      then(png).as(chart.name()).isEqualTo(imageIo(rgb)).isEqualTo(PngEncoder.encode(rgb));
    }
  }

  @Test
  void noise_that_compresses_badly_spans_many_chunks_as_imageio_does() throws IOException {
    BufferedImage image = new BufferedImage(301, 203, BufferedImage.TYPE_INT_RGB);
    SplittableRandom random = new SplittableRandom(7);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, random.nextInt());
      }
    }
    then(PngEncoder.encode(image)).isEqualTo(imageIo(image));
  }

  @Test
  void a_single_pixel_has_the_bytes_of_imageio() throws IOException {
    BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0x123456);
    then(PngEncoder.encode(image)).isEqualTo(imageIo(image));
  }

  @Test
  void other_image_types_are_refused() {
    thenThrownBy(() -> PngEncoder.encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] imageIo(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}

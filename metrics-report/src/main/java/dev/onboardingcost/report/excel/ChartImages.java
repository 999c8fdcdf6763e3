package dev.onboardingcost.report.excel;

import java.io.IOException;
import java.util.List;

/**
 * The chart images a workbook shows, which may still be being drawn on another thread while the
 * workbook writes its sheets: the workbook asks for them only when it places them.
 */
@FunctionalInterface
public interface ChartImages {
  /** The images, in order, waiting for them if they are still being drawn. */
  List<ChartImage> await() throws IOException;
}

package dev.onboardingcost.report.io;

import java.io.IOException;
import java.nio.file.Path;

/** Where a writer's libraries may put their temporary files. */
public interface TempFiles {
  /**
   * A new empty temporary file whose name starts with {@code prefix} and ends with {@code suffix}.
   */
  Path createFile(String prefix, String suffix) throws IOException;

  /** A new empty temporary folder whose name starts with {@code prefix}. */
  Path createDirectory(String prefix) throws IOException;
}

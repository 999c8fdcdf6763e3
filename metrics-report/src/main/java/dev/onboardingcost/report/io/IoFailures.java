package dev.onboardingcost.report.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Plain words for why a file could not be read or written ({@code no space left on device}, {@code
 * permission denied}), found in an exception or the causes it wraps: libraries such as POI wrap the
 * operating system's error in exceptions of their own.
 */
public final class IoFailures {
  /** Less room than this on a disk is no room: a workbook's smallest write is larger. */
  private static final long ROOM = 64 * 1024;

  private IoFailures() {}

  /** The first {@link IOException} in {@code failure} or its causes. */
  public static Optional<IOException> ioCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return Optional.of(io);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * "No space left on device", with {@code failure} as its cause, when the disk that holds {@code
   * file} has no room left: for a failure that says no reason of its own, as some libraries (POI)
   * log a failed write's error and throw without it.
   */
  public static Optional<IOException> noSpaceLeft(Path file, Throwable failure) {
    try {
      if (Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace() < ROOM) {
        return Optional.of(new IOException("No space left on device", failure));
      }
    } catch (IOException | RuntimeException e) {
      // the disk cannot be asked: no more is known
    }
    return Optional.empty();
  }

  /** Why {@code failure} happened, in lower case words on one line. */
  public static String reason(Throwable failure) {
    Throwable cause = ioCause(failure).map(Throwable.class::cast).orElse(failure);
    String words = wordsOf(cause);
    return oneLine(words).isEmpty() ? cause.getClass().getSimpleName() : oneLine(words);
  }

  private static String wordsOf(Throwable cause) {
    if (cause instanceof FileSystemException fs && fs.getReason() != null) {
      return lowerFirst(fs.getReason());
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (cause instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (cause instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (cause instanceof DirectoryNotEmptyException) {
      return "a folder that is not empty stands in the way";
    }
    if (cause instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (cause instanceof FileSystemException fs) {
      return fs.getMessage();
    }
    return cause.getMessage() == null ? "" : lowerFirst(cause.getMessage());
  }

  private static String lowerFirst(String text) {
    if (text.length() > 1
        && Character.isUpperCase(text.charAt(0))
        && !Character.isUpperCase(text.charAt(1))) {
      return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
    return text;
  }

  private static String oneLine(String text) {
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).strip();
  }
}

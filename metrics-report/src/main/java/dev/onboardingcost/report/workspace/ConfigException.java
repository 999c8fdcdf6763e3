package dev.onboardingcost.report.workspace;

/**
 * A setting or workspace problem that stops the run before any output is written. The message is
 * one line that names the file and the key, and what was expected; the command line prints it and
 * exits with status 2.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}. */
  public ConfigException(String message) {
    super(message);
  }

  /** A problem described by {@code message}, caused by {@code cause}. */
  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A problem with {@code key} in {@code file}: {@code file: key 'key': detail}. */
  public static ConfigException atKey(String file, String key, String detail) {
    return new ConfigException(file + ": key '" + key + "': " + detail);
  }
}

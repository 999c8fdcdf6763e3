package dev.onboardingcost.report.cli;

import dev.onboardingcost.core.model.People;
import dev.onboardingcost.report.privacy.Pseudonymizer;
import dev.onboardingcost.report.workspace.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/** {@code --pseudonymize} and where its key comes from. */
final class PrivacyOptions {
  /** Where the key's environment variable is read; tests replace it. */
  static UnaryOperator<String> environment = System::getenv;

  @Option(
      names = "--pseudonymize",
      description =
          "Replace names, emails, GitHub logins, Slack ids and person ids in every output with"
              + " stable keyed pseudonyms (key from $"
              + Pseudonymizer.KEY_ENV
              + " or --pseudonym-key-file).")
  boolean pseudonymize;

  @Option(
      names = "--pseudonym-key-file",
      paramLabel = "FILE",
      description = "A file holding the pseudonym key (its bytes, a trailing newline ignored).")
  Path keyFile;

  /**
   * The key, checked before anything is read, when {@code --pseudonymize} is given.
   *
   * @throws ConfigException when the key is missing or empty
   */
  Optional<byte[]> key() {
    if (!pseudonymize) {
      if (keyFile != null) {
        throw new ConfigException("--pseudonym-key-file needs --pseudonymize");
      }
      return Optional.empty();
    }
    byte[] key;
    if (keyFile != null) {
      try {
        key = Files.readAllBytes(keyFile);
      } catch (IOException e) {
        throw new ConfigException("--pseudonym-key-file: cannot read " + keyFile, e);
      }
      int end = key.length;
      while (end > 0 && (key[end - 1] == '\n' || key[end - 1] == '\r')) {
        end--;
      }
      key = java.util.Arrays.copyOf(key, end);
    } else {
      String text = environment.apply(Pseudonymizer.KEY_ENV);
      key = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
    if (key.length == 0) {
      throw new ConfigException(
          "--pseudonymize needs a key: set "
              + Pseudonymizer.KEY_ENV
              + " or give --pseudonym-key-file FILE");
    }
    return Optional.of(key);
  }

  /** The pseudonymizer for {@code people}, or none without {@code --pseudonymize}. */
  static Optional<Pseudonymizer> of(Optional<byte[]> key, People people) {
    return key.map(k -> Pseudonymizer.of(k, people));
  }
}

package dev.onboardingcost.report.collect;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code rel="next"} target of an RFC 8288 {@code Link} header (Okta, GitHub). */
final class LinkHeader {
  private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]*)*)");
  private static final Pattern NEXT =
      Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]*)\"?", Pattern.CASE_INSENSITIVE);

  private LinkHeader() {}

  /** The URL of the link whose {@code rel} includes {@code next}, if any. */
  static Optional<String> next(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher link = LINK.matcher(header);
    while (link.find()) {
      Matcher rel = NEXT.matcher(link.group(2));
      while (rel.find()) {
        for (String value : rel.group(1).trim().split("\\s+")) {
          if (value.equalsIgnoreCase("next")) {
            return Optional.of(link.group(1).trim());
          }
        }
      }
    }
    return Optional.empty();
  }
}

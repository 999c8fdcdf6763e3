package dev.onboardingcost.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum constants written in files as lower-case keys, e.g. {@code first_merged_pr}. */
public final class EnumKeys {
  private EnumKeys() {}

  /**
   * The constant of {@code type} whose key is {@code text}, ignoring case and surrounding space.
   *
   * @param what what the constant is, for the message, e.g. {@code a category}
   * @throws IllegalArgumentException listing the keys, e.g. {@code expected a category (access,
   *     ...), got 'vibes'}
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
    String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(key)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        "expected " + what + " (" + keys(type) + "), got '" + text + "'");
  }

  /** The key of {@code constant}: its name in lower case. */
  public static String key(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  private static String keys(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(EnumKeys::key)
        .collect(Collectors.joining(", "));
  }
}

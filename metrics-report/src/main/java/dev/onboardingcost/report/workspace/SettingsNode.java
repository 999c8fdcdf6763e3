package dev.onboardingcost.report.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A strict view of one node of a settings file: it knows its file and dotted key, refuses unknown
 * keys, and turns a malformed value into a {@link ConfigException} that names file, key and what
 * was expected.
 */
public final class SettingsNode {
  /** The largest size a settings number may reach (excluded). */
  static final BigDecimal LARGEST = new BigDecimal("1E15");

  /** The smallest size a settings number other than zero may have. */
  static final BigDecimal SMALLEST = new BigDecimal("1E-15");

  private static final int MAX_NUMBER_LENGTH = 40;
  private static final Pattern EXPONENT =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)[eE][+-]?\\d+");

  private final String file;
  private final String key;
  private final JsonNode node;

  /** The root of {@code tree}, read from {@code file}. */
  public SettingsNode(String file, JsonNode tree) {
    this(file, "", tree == null ? MissingNode.getInstance() : tree);
  }

  private SettingsNode(String file, String key, JsonNode node) {
    this.file = file;
    this.key = key;
    this.node = node;
  }

  /** The dotted key of this node, e.g. {@code calendar.timezone}. */
  public String key() {
    return key;
  }

  /** The file this node was read from. */
  public String file() {
    return file;
  }

  /** True when the key is absent or null. */
  public boolean isAbsent() {
    return node.isMissingNode() || node.isNull();
  }

  /** The child {@code name} (absent children are allowed and read as defaults). */
  public SettingsNode get(String name) {
    JsonNode child = node.isObject() ? node.path(name) : MissingNode.getInstance();
    return new SettingsNode(file, key.isEmpty() ? name : key + "." + name, child);
  }

  /**
   * Checks that this node is a mapping (or absent) whose keys are all in {@code allowed}.
   *
   * @throws ConfigException naming the first unknown key
   */
  public SettingsNode allowOnly(String... allowed) {
    if (isAbsent()) {
      return this;
    }
    requireObject();
    List<String> known = Arrays.asList(allowed);
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        String full = key.isEmpty() ? name : key + "." + name;
        throw ConfigException.atKey(
            file, full, "unknown key (expected one of: " + String.join(", ", allowed) + ")");
      }
    }
    return this;
  }

  /** This node's text, or {@code fallback} when absent. */
  public String text(String fallback) {
    if (isAbsent()) {
      return fallback;
    }
    if (!node.isValueNode()) {
      throw error("expected a single value, got " + describe());
    }
    return node.asText().strip();
  }

  /** This node's text, required. */
  public String requiredText(String example) {
    if (isAbsent()) {
      throw error("is required, e.g. " + example);
    }
    String text = text("");
    if (text.isEmpty()) {
      throw error("must not be empty, e.g. " + example);
    }
    return text;
  }

  /** This node as a decimal number, or {@code fallback} when absent. */
  public BigDecimal decimal(BigDecimal fallback) {
    if (isAbsent()) {
      return fallback;
    }
    return parseDecimal(text(""));
  }

  /** This node as a required decimal number. */
  public BigDecimal requiredDecimal() {
    if (isAbsent()) {
      throw error("is required, e.g. 200");
    }
    return parseDecimal(text(""));
  }

  /** This node as a non-negative decimal, or {@code fallback} when absent. */
  public BigDecimal nonNegative(BigDecimal fallback) {
    BigDecimal value = decimal(fallback);
    if (value.signum() < 0) {
      throw error("must not be negative, got " + value.toPlainString());
    }
    return value;
  }

  /** This node as a whole number in {@code [min, max]}, or {@code fallback} when absent. */
  public int integer(int fallback, int min, int max) {
    if (isAbsent()) {
      return fallback;
    }
    BigDecimal value = parseDecimal(text(""));
    try {
      int result = value.intValueExact();
      if (result < min || result > max) {
        throw error("expected a whole number from " + min + " to " + max + ", got " + result);
      }
      return result;
    } catch (ArithmeticException e) {
      throw error("expected a whole number, got " + value.toPlainString());
    }
  }

  /** This node as a list of texts, or {@code fallback} when absent; a single value is a list. */
  public List<String> texts(List<String> fallback) {
    if (isAbsent()) {
      return fallback;
    }
    if (node.isValueNode()) {
      return List.of(text(""));
    }
    if (!node.isArray()) {
      throw error("expected a list like [a, b], got " + describe());
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      values.add(element(i).text(""));
    }
    return values;
  }

  /** The elements of a list (absent: empty). */
  public List<SettingsNode> elements() {
    if (isAbsent()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw error("expected a list, got " + describe());
    }
    List<SettingsNode> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      values.add(element(i));
    }
    return values;
  }

  private SettingsNode element(int index) {
    return new SettingsNode(file, key + "[" + index + "]", node.get(index));
  }

  /** A mapping of text keys to values read by {@code value}, or {@code fallback} when absent. */
  public <T> Map<String, T> map(Map<String, T> fallback, Function<SettingsNode, T> value) {
    if (isAbsent()) {
      return fallback;
    }
    requireObject();
    Map<String, T> result = new LinkedHashMap<>();
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      result.put(name, value.apply(get(name)));
    }
    return result;
  }

  /** Reads this node's text with {@code parse}; a parse failure names the key and example. */
  public <T> Optional<T> parse(Function<String, T> parse, String expected) {
    if (isAbsent()) {
      return Optional.empty();
    }
    String text = text("");
    try {
      return Optional.of(parse.apply(text));
    } catch (RuntimeException e) {
      throw error("expected " + expected + ", got '" + text + "'");
    }
  }

  /** A configuration error at this key. */
  public ConfigException error(String detail) {
    return ConfigException.atKey(file, key.isEmpty() ? "(top level)" : key, detail);
  }

  private void requireObject() {
    if (!node.isObject()) {
      throw error("expected a mapping of keys to values, got " + describe());
    }
  }

  /**
   * The number written as {@code text}, exactly: a decimal whose size, if not zero, lies between
   * {@link #SMALLEST} and {@link #LARGEST}; smaller underflows, larger overflows.
   */
  private BigDecimal parseDecimal(String text) {
    if (text.length() > MAX_NUMBER_LENGTH) {
      throw error(
          "expected a number of at most " + MAX_NUMBER_LENGTH + " characters, got '" + text + "'");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      if (EXPONENT.matcher(text).matches()) {
        throw error("'" + text + "' is out of range: expected a number like 200");
      }
      throw error("expected a number like 200, got '" + text + "'");
    }
    if (value.signum() != 0 && value.abs().compareTo(LARGEST) >= 0) {
      throw error("'" + text + "' overflows: expected a number below 1E15, like 200");
    }
    if (value.signum() != 0 && value.abs().compareTo(SMALLEST) < 0) {
      throw error("'" + text + "' underflows: expected 0 or a number of at least 1E-15, like 0.5");
    }
    return value;
  }

  private String describe() {
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    return "'" + node.asText() + "'";
  }
}

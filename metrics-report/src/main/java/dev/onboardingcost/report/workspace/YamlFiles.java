package dev.onboardingcost.report.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingcost.report.io.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the workspace's YAML files into trees, with bounded time and memory: few aliases (no alias
 * bombs), shallow nesting, at most a megabyte of text, and duplicate keys refused.
 *
 * <p>Every scalar becomes a text node holding the scalar's own text, so that a number is read
 * exactly as written ({@code 200.1234567890123456789}, {@code 1E-400}) and never through binary
 * floating point; {@link SettingsNode} interprets it. A file holds one YAML document: a second one
 * is refused rather than ignored. Syntax errors name the line and column.
 */
public final class YamlFiles {
  private static final int MAX_BYTES = 1 << 20;
  private static final int MAX_DEPTH = 40;
  private static final int MAX_NODES = 100_000;

  private YamlFiles() {}

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    options.setAllowDuplicateKeys(false);
    return options;
  }

  /**
   * The tree of {@code file}, called {@code name} in messages; an empty file is an empty tree.
   *
   * @throws ConfigException when the file cannot be read, is not YAML (message {@code
   *     name:LINE:COLUMN: problem}) or holds more than one document
   */
  public static JsonNode read(Path file, String name) {
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new ConfigException(name + ": larger than 1 MB; is this the right file?");
      }
      text = TextFiles.readString(file);
    } catch (IOException e) {
      throw new ConfigException(name + ": not readable: " + firstLine(e.getMessage()), e);
    }
    return parse(text, name);
  }

  /**
   * The tree of the YAML {@code text}, called {@code name} in messages.
   *
   * @throws ConfigException when the text is not one YAML document within the limits
   */
  public static JsonNode parse(String text, String name) {
    if (text.isBlank()) {
      return MissingNode.getInstance();
    }
    Node root;
    try {
      LoaderOptions options = options();
      Composer composer =
          new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options);
      root = composer.getSingleNode();
    } catch (MarkedYAMLException e) {
      throw new ConfigException(at(name, mark(e)) + problem(e), e);
    } catch (YAMLException | IllegalStateException | IllegalArgumentException e) {
      throw new ConfigException(name + ": not readable as YAML: " + firstLine(e.getMessage()), e);
    }
    if (root == null) {
      return MissingNode.getInstance();
    }
    return new TreeBuilder(name).tree(root, 0);
  }

  private static Mark mark(MarkedYAMLException e) {
    return e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
  }

  private static String problem(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "not readable as YAML" : e.getProblem();
    if (problem.contains("another document")) {
      return "a second YAML document; the file must hold one";
    }
    String context = e.getContext();
    return context == null ? firstLine(problem) : firstLine(context) + ": " + firstLine(problem);
  }

  private static String at(String name, Mark mark) {
    if (mark == null) {
      return name + ": ";
    }
    return name + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": ";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Turns composed YAML nodes into a tree of text scalars, refusing what the limits forbid. */
  private static final class TreeBuilder {
    private final String name;
    private int nodes;

    TreeBuilder(String name) {
      this.name = name;
    }

    JsonNode tree(Node node, int depth) {
      if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
        throw new ConfigException(
            at(name, node.getStartMark())
                + "too deep or too large once aliases are expanded; is this the right file?");
      }
      if (node instanceof ScalarNode scalar) {
        return scalar.getTag().equals(Tag.NULL) && scalar.isPlain()
            ? JsonNodeFactory.instance.nullNode()
            : JsonNodeFactory.instance.textNode(scalar.getValue());
      }
      if (node instanceof SequenceNode sequence) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Node item : sequence.getValue()) {
          array.add(tree(item, depth + 1));
        }
        return array;
      }
      MappingNode mapping = (MappingNode) node;
      ObjectNode object = JsonNodeFactory.instance.objectNode();
      for (NodeTuple tuple : mapping.getValue()) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode key)) {
          throw new ConfigException(at(name, keyNode.getStartMark()) + "a key must be plain text");
        }
        if (object.has(key.getValue())) {
          throw new ConfigException(
              at(name, keyNode.getStartMark()) + "duplicate key '" + key.getValue() + "'");
        }
        object.set(key.getValue(), tree(tuple.getValueNode(), depth + 1));
      }
      return object;
    }
  }
}

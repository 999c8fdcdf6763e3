package dev.onboardingcost.report.workspace;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.onboardingcost.report.io.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads the workspace's YAML files into trees, with bounded time and memory: few aliases (no alias
 * bombs), shallow nesting, at most a megabyte of text, and duplicate keys refused.
 */
public final class YamlFiles {
  private static final int MAX_BYTES = 1 << 20;
  private static final ObjectMapper MAPPER = mapper();

  private YamlFiles() {}

  private static ObjectMapper mapper() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(40);
    options.setCodePointLimit(MAX_BYTES);
    options.setAllowDuplicateKeys(false);
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(options)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(40)
                    .maxNumberLength(40)
                    .maxStringLength(MAX_BYTES)
                    .build())
            .build();
    factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return new ObjectMapper(factory);
  }

  /**
   * The tree of {@code file}, called {@code name} in messages; an empty file is an empty tree.
   *
   * @throws ConfigException when the file cannot be read or is not YAML
   */
  public static JsonNode read(Path file, String name) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new ConfigException(name + ": larger than 1 MB; is this the right file?");
      }
      String text = TextFiles.readString(file);
      if (text.isBlank()) {
        return MissingNode.getInstance();
      }
      JsonNode tree = MAPPER.readTree(text);
      return tree == null ? MissingNode.getInstance() : tree;
    } catch (IOException e) {
      throw new ConfigException(name + ": not readable as YAML: " + firstLine(e.getMessage()), e);
    } catch (RuntimeException e) {
      if (e instanceof ConfigException) {
        throw e;
      }
      throw new ConfigException(name + ": not readable as YAML: " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}

package com.salesdx.yaml;

import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses YAML (and JSON, its subset) into a plain tree with a location for every node.
 * Rejects duplicate keys, aliases beyond a small budget, and absurd nesting, each with file:line.
 */
final class YamlTree {
    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 40;
    static final int MAX_NODES = 200_000;

    private final String file;
    private final List<Problem> problems;
    private final Map<String, int[]> locations = new HashMap<>();
    private final Map<String, int[]> keys = new HashMap<>();
    private int nodes;

    private YamlTree(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    static Optional<YamlDocument> parse(String file, String text, List<Problem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(8 * 1024 * 1024);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(new Problem(file, line(mark), column(mark), "", describe(e)));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(locateLimit(file, options, text).orElse(Problem.inFile(file, "not valid YAML: " + e.getMessage())));
            return Optional.empty();
        }
        if (root == null) {
            problems.add(Problem.inFile(file, "the file is empty"));
            return Optional.empty();
        }
        YamlTree tree = new YamlTree(file, problems);
        int before = problems.size();
        Object value = tree.convert(root, "", 0);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new YamlDocument(file, value, Map.copyOf(tree.locations), Map.copyOf(tree.keys)));
    }

    /**
     * Where the alias or the nesting past the limits stands: SnakeYAML refuses such a document but names
     * no line, so walk its events (which expand nothing) to find the place.
     */
    private static Optional<Problem> locateLimit(String file, LoaderOptions options, String text) {
        int aliases = 0;
        int depth = 0;
        try {
            for (Event event : new Yaml(options).parse(new StringReader(text))) {
                Mark at = event.getStartMark();
                if (event instanceof AliasEvent && ++aliases > MAX_ALIASES) {
                    return Optional.of(new Problem(file, line(at), column(at), "", "more than " + MAX_ALIASES
                            + " aliases (*name); answer and knowledge files need none: write the values out plainly"));
                }
                if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                    return Optional.of(new Problem(file, line(at), column(at), "", "lists or maps nested more than "
                            + MAX_DEPTH + " levels deep; answer and knowledge files need a few"));
                }
                if (event instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (YAMLException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private Object convert(Node node, String pointer, int depth) {
        if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
            if (nodes == MAX_NODES + 1 || depth == MAX_DEPTH + 1) {
                problems.add(new Problem(file, line(node.getStartMark()), column(node.getStartMark()), "",
                        "the document expands past " + MAX_NODES + " nodes or " + MAX_DEPTH
                                + " levels (aliases or nesting): write the values out plainly"));
            }
            return null;
        }
        // A scalar is located at its value; a map or list at the key that introduces it.
        int[] here = {line(node.getStartMark()), column(node.getStartMark())};
        if (node instanceof ScalarNode) {
            locations.put(pointer, here);
        } else {
            locations.putIfAbsent(pointer, here);
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode scalarKey)) {
                    problems.add(new Problem(file, line(keyNode.getStartMark()), column(keyNode.getStartMark()), "",
                            "a key must be a plain name, not a list or a map"));
                    continue;
                }
                String key = scalarKey.getValue();
                String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                if (map.containsKey(key)) {
                    problems.add(new Problem(file, line(keyNode.getStartMark()), column(keyNode.getStartMark()),
                            YamlDocument.fieldName(child), "duplicate key \"" + key + "\" (first at line "
                                    + keys.get(child)[0] + ")"));
                    continue;
                }
                int[] keyAt = {line(keyNode.getStartMark()), column(keyNode.getStartMark())};
                locations.put(child, keyAt);
                keys.put(child, keyAt);
                map.put(key, convert(tuple.getValueNode(), child, depth + 1));
            }
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            int index = 0;
            for (Node item : sequence.getValue()) {
                list.add(convert(item, pointer + "/" + index++, depth + 1));
            }
            return list;
        }
        return scalar((ScalarNode) node);
    }

    /** YAML 1.2 core schema: only true/false are booleans, so "yes" and "no" stay words. */
    private static Object scalar(ScalarNode node) {
        String text = node.getValue();
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return switch (text.toLowerCase()) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> text;
            };
        }
        if (Tag.INT.equals(tag)) {
            try {
                BigInteger big = new BigInteger(text.replace("_", "").replace("+", ""));
                return big.bitLength() < 63 ? (Object) big.longValue() : text;
            } catch (NumberFormatException e) {
                return text; // octal, sexagesimal and other YAML 1.1 forms stay text
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return Double.valueOf(text.replace("_", ""));
            } catch (NumberFormatException e) {
                return text;
            }
        }
        return text;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        String context = e.getContext();
        return "not valid YAML: " + (context != null ? context + ", " : "") + problem.replaceAll("\\s+", " ").trim();
    }

    static int line(Mark mark) {
        return mark == null ? 0 : mark.getLine() + 1;
    }

    static int column(Mark mark) {
        return mark == null ? 0 : mark.getColumn() + 1;
    }
}

package com.salesdx.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads YAML into records with Jackson. Unknown keys, wrong types and bad enum values are all
 * collected as problems with file:line:column, not thrown one at a time.
 */
public final class YamlReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private YamlReader() {
    }

    /** Parses a file into a located tree, or records why it could not. */
    public static Optional<YamlDocument> parse(Path path, String displayName, Problems problems) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(Problem.inFile(displayName, "cannot read " + path.toAbsolutePath() + ": " + e.getMessage()));
            return Optional.empty();
        }
        return parse(displayName, text, problems);
    }

    public static Optional<YamlDocument> parse(String displayName, String text, Problems problems) {
        List<Problem> found = new ArrayList<>();
        Optional<YamlDocument> document = YamlTree.parse(displayName, text, found);
        problems.addAll(found);
        return document;
    }

    /** Binds a parsed tree (or a part of it, at {@code pointer}) to a record type. */
    public static <T> Optional<T> bind(YamlDocument document, String pointer, Object node, Class<T> type, Problems problems) {
        List<Problem> found = new ArrayList<>();
        ObjectMapper mapper = MAPPER.copy().addHandler(new UnknownKeyCollector(document, pointer, found));
        try {
            T value = mapper.convertValue(node, type);
            problems.addAll(found);
            return found.isEmpty() ? Optional.ofNullable(value) : Optional.empty();
        } catch (IllegalArgumentException e) {
            problems.addAll(found);
            Throwable cause = e.getCause() instanceof JsonMappingException ? e.getCause() : e;
            if (cause instanceof JsonMappingException mapping) {
                problems.add(document.problem(pointer + pointerOf(mapping), explain(mapping)));
            } else {
                problems.add(document.problem(pointer, e.getMessage()));
            }
            return Optional.empty();
        }
    }

    public static <T> Optional<T> read(Path path, String displayName, Class<T> type, Problems problems) {
        return parse(path, displayName, problems).flatMap(doc -> bind(doc, "", doc.root(), type, problems));
    }

    private static String pointerOf(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            out.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex()));
        }
        return out.toString();
    }

    private static String explain(JsonMappingException e) {
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                return "\"" + format.getValue() + "\" is not allowed; expected one of "
                        + Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            }
            return "\"" + format.getValue() + "\" is not a valid " + simpleName(target);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (Collection.class.isAssignableFrom(target)) {
                return "expected a list";
            }
            if (target.isRecord() || java.util.Map.class.isAssignableFrom(target)) {
                return "expected a map of keys and values";
            }
            return "expected " + simpleName(target);
        }
        String message = e.getOriginalMessage();
        int cut = message.indexOf(" at [Source");
        return cut > 0 ? message.substring(0, cut) : message;
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "whole number";
        }
        if (type == Double.class || type == double.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return type.getSimpleName();
    }

    /** Records every unknown key with its location and skips it, so binding goes on. */
    private static final class UnknownKeyCollector extends DeserializationProblemHandler {
        private final YamlDocument document;
        private final String base;
        private final List<Problem> found;

        UnknownKeyCollector(YamlDocument document, String base, List<Problem> found) {
            this.document = document;
            this.base = base;
            this.found = found;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
            String pointer = base + parser.getParsingContext().pathAsPointer().toString();
            Collection<Object> known = deserializer.getKnownPropertyNames();
            found.add(document.keyProblem(pointer, "unknown key \"" + propertyName + "\"; expected one of "
                    + known.stream().map(Object::toString).sorted().collect(Collectors.joining(", "))));
            parser.skipChildren();
            return true;
        }
    }
}

package com.salesdx.web.impact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The candidate folder on the server: each subfolder with a {@code rules/} folder (and, if it
 * changes the knowledge too, a {@code knowledge-base/}) is a candidate, known by its folder name.
 * A browser only ever names a candidate; {@link #find} answers only names {@link #names} listed,
 * so no path sent to the server can reach outside this folder.
 */
public final class Candidates {
    /** A plain folder name: no separators, no "..", nothing a shell or a URL would read differently. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    private final Path folder;
    private final Path liveKb;

    public record Candidate(String name, Path rules, Path kb, boolean ownKnowledge) {
    }

    /** @param liveKb the knowledge base a candidate without its own is compared with */
    public Candidates(Path folder, Path liveKb) {
        this.folder = folder.toAbsolutePath().normalize();
        this.liveKb = liveKb;
    }

    public Path folder() {
        return folder;
    }

    /** The candidates' names, sorted; none when the folder does not exist. */
    public List<String> names() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(c -> Files.isDirectory(c.resolve("rules"))).map(c -> c.getFileName().toString())
                    .filter(name -> NAME.matcher(name).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the candidates in " + folder, e);
        }
    }

    public Optional<Candidate> find(String name) {
        if (name == null || !names().contains(name)) {
            return Optional.empty();
        }
        Path root = folder.resolve(name);
        Path kb = root.resolve("knowledge-base");
        boolean own = Files.isDirectory(kb);
        return Optional.of(new Candidate(name, root.resolve("rules"), own ? kb : liveKb, own));
    }
}

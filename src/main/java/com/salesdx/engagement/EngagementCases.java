package com.salesdx.engagement;

import com.salesdx.diagnosis.Diagnosis.FindingResult;
import com.salesdx.rules.RuleBase;
import com.salesdx.yaml.Problem;
import com.salesdx.yaml.Problems;
import com.salesdx.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Engagement cases, the scenarios of several respondents: each folder of knowledge-base/engagements/
 * holds an engagement file, its respondents' answer files and expect.yaml, which says what must and
 * must not be concluded and how many respondents some answers rest on. `check` runs them.
 */
public final class EngagementCases {
    /** expect.yaml as written; only {@code name} is required. */
    public record Expect(String name, List<String> present, List<String> absent, Boolean noPerceptionFindings,
            String firstAmongMedium, Map<String, Integer> restsOn) {
    }

    /** One case ready to run: its folder, its engagement and what it expects. */
    public record Case(Path folder, Engagement engagement, Expect expect) {
    }

    /** What a case concluded and, when it failed, why. */
    public record Result(Case engagementCase, List<String> findings, List<String> failures) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    private EngagementCases() {
    }

    /** Every case under {@code folder} (none when the folder is absent); problems say file and line. */
    public static List<Case> load(Path folder, RuleBase ruleBase, Problems problems) {
        List<Case> cases = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return cases;
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(folder)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.inFile(folder.toString(), "cannot list " + folder.toAbsolutePath() + ": " + e.getMessage()));
            return cases;
        }
        EngagementReader reader = new EngagementReader(ruleBase.knowledge());
        for (Path dir : folders) {
            Path expectFile = dir.resolve("expect.yaml");
            Optional<Expect> expect = YamlReader.read(expectFile, expectFile.toString(), Expect.class, problems);
            expect.filter(e -> e.name() == null || e.name().isBlank()).ifPresent(e ->
                    problems.add(Problem.inFile(expectFile.toString(), "needs name: what the case proves")));
            Optional<Engagement> engagement = reader.read(dir.resolve("engagement.yaml"), problems);
            if (expect.isPresent() && engagement.isPresent()) {
                cases.add(new Case(dir, engagement.get(), expect.get()));
            }
        }
        return cases;
    }

    public static Result run(Case c, RuleBase ruleBase) {
        EngagementDiagnosis d = EngagementDiagnoser.diagnose(ruleBase, c.engagement());
        Expect expect = c.expect();
        List<String> ids = d.diagnosis().findings().stream().map(FindingResult::id).toList();
        List<String> failures = new ArrayList<>();
        orEmpty(expect.present()).stream().filter(id -> !ids.contains(id)).forEach(id -> failures.add("expected " + id));
        orEmpty(expect.absent()).stream().filter(ids::contains).forEach(id -> failures.add("did not expect " + id));
        if (Boolean.TRUE.equals(expect.noPerceptionFindings()) && !d.perceptionFindings().isEmpty()) {
            failures.add("expected no perception finding, got " + d.perceptionFindings().stream().map(FindingResult::id).toList());
        }
        if (expect.firstAmongMedium() != null) {
            String first = d.diagnosis().findings().stream().filter(f -> f.severity().equals("medium")).findFirst()
                    .map(FindingResult::id).orElse(null);
            if (!expect.firstAmongMedium().equals(first)) {
                failures.add("expected " + expect.firstAmongMedium() + " first among medium findings, got " + first);
            }
        }
        if (expect.restsOn() != null) {
            expect.restsOn().forEach((question, n) -> {
                int actual = d.combined().question(question).map(CombinedAnswer::restsOn).orElse(0);
                if (actual != n) {
                    failures.add(question + " should rest on " + n + " respondents, rests on " + actual);
                }
            });
        }
        return new Result(c, ids, failures);
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}

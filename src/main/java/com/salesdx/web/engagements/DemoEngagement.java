package com.salesdx.web.engagements;

import com.salesdx.accounts.Account;
import com.salesdx.accounts.AccountService;
import com.salesdx.engagement.Engagement;
import com.salesdx.engagement.EngagementReader;
import com.salesdx.engagement.Respondent;
import com.salesdx.yaml.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the fictional two-round example engagement ({@code examples/engagement}) into the store,
 * owned by a demo consultant account with a fresh random password, so a new user signs in and sees a
 * full report at once. The account is an admin, so adding accounts and sharing can be tried too; round 1
 * is closed (every interview finished), round 2 is still open for answers. Loaded once per store: a
 * store that already has the demo account is left alone.
 */
public final class DemoEngagement {
    public static final String EMAIL = "demo@salesdx.example";
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the console prints: the account and, when loaded now, its password and the rounds. */
    public record Loaded(String email, Optional<String> password, Optional<StoredEngagement> latest) {
    }

    private DemoEngagement() {
    }

    /** Loads round-1 and round-2 of {@code examples} (the folder holding them) unless the demo account exists. */
    public static Loaded load(EngagementService service, AccountService accounts, Path examples) {
        if (accounts.passwordHash(EMAIL).isPresent()) {
            return new Loaded(EMAIL, Optional.empty(), Optional.empty());
        }
        Engagement first = read(service, examples.resolve("round-1/engagement.yaml"));
        Engagement second = read(service, examples.resolve("round-2/engagement.yaml"));
        String password = password();
        Account demo = accounts.add(EMAIL, password.toCharArray(), true);
        StoredEngagement one = store(service, demo, first, 1, null);
        // Round 1 was reported and acted on, so its interviews are finished; round 2's stay open to try the screens.
        service.respondents(one).forEach(r -> service.progress().finish(service.interview(r)));
        service.choose(one, first.chosenInterventions());
        service.recordRulesVersion(one, first.rulesVersion() != null ? first.rulesVersion() : service.currentRulesVersion());
        StoredEngagement two = store(service, demo, second, 2, one);
        return new Loaded(EMAIL, Optional.of(password), Optional.of(two));
    }

    private static StoredEngagement store(EngagementService service, Account owner, Engagement round, int number,
            StoredEngagement previous) {
        Map<String, Object> context = new LinkedHashMap<>();
        round.context().forEach((id, answer) -> {
            if (answer.hasValue()) {
                context.put(id, answer.value());
            }
        });
        StoredEngagement stored = service.createRound(owner, round.client(), round.sector(), context, number, previous);
        for (Respondent r : round.respondents()) {
            service.importRespondent(stored, r.name(), r.role(), r.answers());
        }
        return stored;
    }

    private static Engagement read(EngagementService service, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the demo engagement is missing: no file " + file.toAbsolutePath());
        }
        Problems problems = new Problems();
        Optional<Engagement> engagement = new EngagementReader(service.knowledge()).read(file, problems);
        problems.throwIfAny("the demo engagement " + file);
        return engagement.orElseThrow();
    }

    private static String password() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            out.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return out.toString();
    }
}

package com.salesdx.rules;

import com.salesdx.knowledge.Knowledge;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule base in force. Readers take {@link #current()} once per diagnosis and keep it to the end,
 * so a diagnosis in flight finishes on the version it started with; a reload swaps in a whole new
 * rule base atomically, and a failed rebuild never reaches here, so the old one keeps serving.
 *
 * <p>A server may listen before its first rule base is compiled ({@link #loading}): the knowledge
 * base (questionnaires, interventions) is there at once, and {@link #current()} waits for the rules
 * at most {@link #FIRST_BUILD_WAIT}, then says they are still loading.
 */
public final class RuleBaseHolder {
    /** How long a request that needs the engine waits for the first build before it is told to retry. */
    public static final Duration FIRST_BUILD_WAIT = Duration.ofSeconds(30);

    /** A rule base and the moment it went live. */
    public record Live(RuleBase ruleBase, Instant since) {
    }

    private final AtomicReference<Live> live = new AtomicReference<>();
    private final Knowledge firstKnowledge;
    private final String firstVersion;
    private final CompletableFuture<RuleBase> first;

    public RuleBaseHolder(RuleBase initial) {
        this(initial.knowledge(), initial.version(), CompletableFuture.completedFuture(initial));
    }

    private RuleBaseHolder(Knowledge knowledge, String version, CompletableFuture<RuleBase> first) {
        this.firstKnowledge = knowledge;
        this.firstVersion = version;
        this.first = first;
        first.thenAccept(built -> live.compareAndSet(null, new Live(built, Instant.now())));
    }

    /** A holder whose first rule base is still being built from {@code knowledge} (of content {@code version}). */
    public static RuleBaseHolder loading(Knowledge knowledge, String version, CompletableFuture<RuleBase> building) {
        return new RuleBaseHolder(knowledge, version, building);
    }

    /** The rule base in force, waiting for the first build if need be; throws {@link RulesLoadingException}. */
    public RuleBase current() {
        Live now = live.get();
        return now != null ? now.ruleBase() : awaitFirst().ruleBase();
    }

    /** The rule base in force and since when; empty only while the first one is being built. */
    public Optional<Live> live() {
        return Optional.ofNullable(live.get());
    }

    /** Whether a rule base is in force (false only while the first one is being built). */
    public boolean ready() {
        return live.get() != null;
    }

    /** The knowledge base in force: available before the first rule base is. */
    public Knowledge knowledge() {
        Live now = live.get();
        return now != null ? now.ruleBase().knowledge() : firstKnowledge;
    }

    /** The content version in force (or being built). */
    public String version() {
        Live now = live.get();
        return now != null ? now.ruleBase().version() : firstVersion;
    }

    /** Puts {@code next} in force for every diagnosis that starts from now on. */
    public void replace(RuleBase next) {
        live.set(new Live(next, Instant.now()));
    }

    private Live awaitFirst() {
        try {
            // The completion callback may not have run yet when get() returns: set it here too.
            live.compareAndSet(null, new Live(first.get(FIRST_BUILD_WAIT.toMillis(), TimeUnit.MILLISECONDS), Instant.now()));
        } catch (TimeoutException e) {
            throw new RulesLoadingException("the rules are still loading after " + FIRST_BUILD_WAIT.toSeconds()
                    + " s; try again in a few seconds");
        } catch (ExecutionException e) {
            throw new RulesLoadingException("the rules could not be built; the server is stopping");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RulesLoadingException("interrupted while waiting for the rules to load");
        }
        return live.get();
    }
}

package com.salesdx.web.engagements;

import com.salesdx.accounts.Account;
import com.salesdx.answers.AnswerSet;
import com.salesdx.knowledge.Combination;
import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.service.DiagnosisService;
import com.salesdx.service.InterviewService;
import com.salesdx.service.TextInput;
import com.salesdx.store.Database;
import com.salesdx.store.Interview;
import com.salesdx.store.InterviewStore;
import com.salesdx.store.StoredAnswer;
import com.salesdx.yaml.InvalidInputException;
import com.salesdx.yaml.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs engagements: creating one with its context, adding respondents (each with an ordinary
 * interview), private links, sharing, the combined diagnosis, rounds and their comparison. Knows
 * nothing of HTTP; who may see an engagement is decided by the routes ({@code Access.owned}).
 */
public final class EngagementService {
    static final int MAX_LABEL = 200;
    /** A respondent whose role is not said is "other": counted with the default weight, on neither side of a gap. */
    static final String DEFAULT_ROLE = "other";

    private final EngagementStore store;
    private final InterviewStore interviewStore;
    private final InterviewService interviews;
    private final DiagnosisService diagnoses;
    private final RespondentProgress progress;
    private final EngagementDiagnostics diagnostics;

    public EngagementService(Database database, InterviewService interviews, DiagnosisService diagnoses) {
        this.store = new EngagementStore(database);
        this.progress = new RespondentProgress(database);
        this.diagnostics = new EngagementDiagnostics(this, diagnoses, interviews);
        this.interviewStore = new InterviewStore(database);
        this.interviews = interviews;
        this.diagnoses = diagnoses;
    }

    public Knowledge knowledge() {
        return diagnoses.knowledge();
    }

    public InterviewService interviews() {
        return interviews;
    }

    /** The combined diagnosis, each role's, the comparison of rounds and a respondent's provisional findings. */
    public EngagementDiagnostics diagnostics() {
        return diagnostics;
    }

    RespondentProgress progress() {
        return progress;
    }

    /** Creates round 1 of an engagement owned by {@code owner}; context values are checked against their questions. */
    public StoredEngagement create(Account owner, String client, String sector, Map<String, Object> context) {
        requireDetails(client, sector);
        return store.create(owner.id(), client.strip(), blankToNull(sector), ContextInput.valid(contextQuestions(), context), 1, null);
    }

    /**
     * Corrects this round's client, sector and stated context, checked as on creation. A context question
     * stated now is no longer asked of the respondents; one left blank now is asked again.
     */
    public StoredEngagement updateDetails(StoredEngagement engagement, String client, String sector, Map<String, Object> context) {
        requireDetails(client, sector);
        store.updateDetails(engagement.id(), client.strip(), blankToNull(sector), ContextInput.valid(contextQuestions(), context));
        return store.find(engagement.id()).orElseThrow();
    }

    private static void requireDetails(String client, String sector) {
        if (client == null || client.isBlank()) {
            throw invalid("client", "the client's name is required");
        }
        TextInput.label("client", client, MAX_LABEL);
        TextInput.label("sector", sector, MAX_LABEL);
    }

    public Optional<StoredEngagement> find(String id) {
        return store.find(id);
    }

    public List<StoredEngagement> visibleTo(Account account) {
        return store.visibleTo(account.id());
    }

    public List<StoredRespondent> respondents(StoredEngagement engagement) {
        return store.respondents(engagement.id());
    }

    public Optional<StoredRespondent> respondent(StoredEngagement engagement, String respondentId) {
        return respondents(engagement).stream().filter(r -> r.id().equals(respondentId)).findFirst();
    }

    public Optional<StoredEngagement> nextRound(StoredEngagement engagement) {
        return store.nextRound(engagement.id());
    }

    public Map<String, String> sharedWithEmails(StoredEngagement engagement) {
        return store.emails(engagement.sharedWith());
    }

    /**
     * Adds a respondent with a role of combination.yaml and an empty consultant interview. A name is required:
     * the engagement page, the report and the answers export tell respondents apart by it.
     */
    public StoredRespondent addRespondent(StoredEngagement engagement, String name, String role) {
        requireName(name);
        return add(engagement, name, role);
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw invalid("name", "the respondent's name is required (a first name or initials will do): the engagement page "
                    + "and the report tell respondents apart by it");
        }
    }

    /** The role given, or {@code fallback} when none is; one that combination.yaml does not define is refused. */
    private String validRole(String role, String fallback) {
        String checked = role == null || role.isBlank() ? fallback : role.strip();
        if (combination().role(checked).isEmpty()) {
            throw invalid("role", "\"" + checked + "\" is not a role; expected one of "
                    + String.join(", ", combination().roles().stream().map(Combination.RoleDef::id).toList()));
        }
        return checked;
    }

    /**
     * Corrects a respondent's name or role (checked as when they were added); their answers stay. The
     * report and the interview header follow at once.
     */
    public StoredRespondent updateRespondent(StoredRespondent respondent, String name, String role) {
        requireName(name);
        TextInput.label("name", name, MAX_LABEL);
        String checkedRole = validRole(role, respondent.role());
        store.updateRespondent(respondent.id(), respondent.interviewId(), name.strip(), checkedRole);
        return new StoredRespondent(respondent.id(), respondent.engagementId(), respondent.position(), name.strip(), checkedRole,
                respondent.interviewId(), respondent.hasLink());
    }

    /** As {@link #addRespondent}; a respondent carried over from a round that allowed no name keeps having none. */
    private StoredRespondent add(StoredEngagement engagement, String name, String role) {
        TextInput.label("name", name, MAX_LABEL);
        String checkedRole = validRole(role, DEFAULT_ROLE);
        Interview interview = interviews.start(engagement.client() + " \u00b7 " + engagement.roundLabel(), engagement.client(),
                blankToNull(name) == null ? roleLabel(checkedRole) : name.strip(), null);
        return store.addRespondent(engagement.id(), blankToNull(name), checkedRole, interview.id(), null);
    }

    /** A new private link for a respondent; the token is returned once and only its hash is kept. */
    public String newLink(StoredRespondent respondent) {
        String token = RespondentLinks.newToken();
        store.replaceLink(respondent.id(), RespondentLinks.hash(token));
        return token;
    }

    public Optional<StoredRespondent> respondentByLink(String token) {
        return RespondentLinks.looksValid(token) ? store.respondentByLink(RespondentLinks.hash(token)) : Optional.empty();
    }

    /** Whether an interview belongs to an engagement (then only its engagement's routes and its private link reach it). */
    public boolean isRespondentInterview(String interviewId) {
        return store.isRespondentInterview(interviewId);
    }

    public Interview interview(StoredRespondent respondent) {
        return interviews.find(respondent.interviewId()).orElseThrow(() -> new IllegalStateException(
                "respondent " + respondent.id() + " has no interview " + respondent.interviewId()));
    }

    /** Shares with the consultant who signs in with {@code email}. */
    public void share(StoredEngagement engagement, String email) {
        String normal = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normal.isEmpty()) {
            throw invalid("email", "the email of the consultant to share with is required");
        }
        String account = store.accountIdByEmail(normal).orElseThrow(() -> invalid("email",
                "no consultant signs in with \"" + normal + "\"; ask an administrator to add the account first"));
        if (account.equals(engagement.ownerId())) {
            throw invalid("email", "this is the engagement's owner, who sees it already");
        }
        store.share(engagement.id(), account);
    }

    /** Records the interventions the client chose after this round; their follow-up shows in the next round's comparison. */
    public void choose(StoredEngagement engagement, List<String> interventionIds) {
        for (String id : interventionIds) {
            if (knowledge().intervention(id).isEmpty()) {
                throw invalid("intervention", "\"" + id + "\" is not an intervention of the knowledge base");
            }
        }
        store.choose(engagement.id(), interventionIds.stream().distinct().toList());
    }

    /**
     * Starts the next round: same client, context, owner, shares and respondents (with their links
     * carried over as none: each gets a new one), each with a new empty interview. The rules version in
     * force now is recorded on the round that closes. A round already followed by one answers that one.
     */
    public StoredEngagement startNextRound(StoredEngagement engagement) {
        Optional<StoredEngagement> existing = nextRound(engagement);
        if (existing.isPresent()) {
            return existing.get();
        }
        store.recordRulesVersion(engagement.id(), diagnoses.ruleBase().version());
        StoredEngagement next = store.create(engagement.ownerId(), engagement.client(), engagement.sector(), engagement.context(),
                engagement.round() + 1, engagement.id());
        engagement.sharedWith().forEach(account -> store.share(next.id(), account));
        for (StoredRespondent r : respondents(engagement)) {
            add(next, r.name(), r.role());
        }
        return store.find(next.id()).orElseThrow();
    }

    public Optional<StoredEngagement> previous(StoredEngagement engagement) {
        return engagement.previousId() == null ? Optional.empty() : store.find(engagement.previousId());
    }

    /** Each respondent with their saved answers, in the order they were added. */
    public List<RespondentAnswers> answers(StoredEngagement engagement) {
        List<RespondentAnswers> out = new ArrayList<>();
        for (StoredRespondent r : respondents(engagement)) {
            out.add(answers(r));
        }
        return out;
    }

    RespondentAnswers answers(StoredRespondent respondent) {
        Interview interview = interview(respondent);
        return new RespondentAnswers(respondent, interview, interviewStore.answers(interview.id()));
    }

    public record RespondentAnswers(StoredRespondent respondent, Interview interview, Map<String, StoredAnswer> answers) {
    }

    public String roleLabel(String role) {
        return combination().role(role).map(Combination.RoleDef::label).orElse(role);
    }

    public List<Combination.RoleDef> roles() {
        return combination().roles();
    }

    /** The context questions of the consultant questionnaire, asked once when an engagement is created. */
    public List<QuestionDef> contextQuestions() {
        return knowledge().questionnaire(InterviewService.QUESTIONNAIRE).orElseThrow().sections().stream()
                .filter(s -> "context".equals(s.id())).flatMap(s -> s.questions().stream()).toList();
    }

    /** Stores a respondent whose answers already exist (the demo): a new interview pre-filled with them. */
    StoredRespondent importRespondent(StoredEngagement engagement, String name, String role, AnswerSet answers) {
        List<StoredAnswer> prefill = answers.all().stream()
                .map(a -> new StoredAnswer(a.question(), a.value(), a.dontKnow(), a.note())).toList();
        Interview interview = interviewStore.create(answers.questionnaire(), engagement.client() + " \u00b7 "
                + engagement.roundLabel(), engagement.client(), name == null ? roleLabel(role) : name, null, prefill);
        return store.addRespondent(engagement.id(), name, role, interview.id(), null);
    }

    StoredEngagement createRound(Account owner, String client, String sector, Map<String, Object> context, int round,
            StoredEngagement previous) {
        return store.create(owner.id(), client, sector, ContextInput.valid(contextQuestions(), context), round, previous == null ? null : previous.id());
    }

    /** The version (content hash) of the rules and knowledge base in force now. */
    String currentRulesVersion() {
        return diagnoses.ruleBase().version();
    }

    void recordRulesVersion(StoredEngagement engagement, String version) {
        store.recordRulesVersion(engagement.id(), version);
    }

    private Combination combination() {
        return knowledge().combination().orElseThrow(() -> new IllegalStateException(
                "the knowledge base has no combination.yaml, which engagements need"));
    }

    private static Problem problem(String field, String message) {
        return new Problem("request", 0, 0, field, message);
    }

    static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException("invalid input", List.of(problem(field, message)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

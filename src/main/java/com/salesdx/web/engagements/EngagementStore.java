package com.salesdx.web.engagements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesdx.store.Database;
import com.salesdx.store.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Engagements, who they are shared with, and their respondents; every call commits before it returns. */
final class EngagementStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, owner_id, client, sector, context_json, round_number, previous_id, "
            + "chosen_interventions, rules_version, created_at";
    private static final String RESPONDENT_COLUMNS = "id, engagement_id, position, name, role, interview_id, link_hash";

    private final Jdbi jdbi;

    EngagementStore(Database database) {
        this.jdbi = database.jdbi();
    }

    StoredEngagement create(String ownerId, String client, String sector, Map<String, Object> context, int round,
            String previousId) {
        StoredEngagement engagement = new StoredEngagement(Ids.next(), ownerId, Set.of(), client, sector, context, round,
                previousId, List.of(), null, now());
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO engagement (" + COLUMNS + ") VALUES (:id, :owner, :client, :sector, "
                        + ":context, :round, :previous, '', NULL, :at)")
                .bind("id", engagement.id()).bind("owner", ownerId).bind("client", client).bind("sector", sector)
                .bind("context", write(context)).bind("round", round).bind("previous", previousId)
                .bind("at", engagement.createdAt()).execute());
        return engagement;
    }

    void updateDetails(String id, String client, String sector, Map<String, Object> context) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE engagement SET client = :client, sector = :sector, context_json = :context "
                        + "WHERE id = :id")
                .bind("id", id).bind("client", client).bind("sector", sector).bind("context", write(context)).execute());
    }

    Optional<StoredEngagement> find(String id) {
        if (!Ids.looksValid(id)) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM engagement WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> engagement(h, rs)).findOne());
    }

    /** The engagements an account owns or has been given, newest first. */
    List<StoredEngagement> visibleTo(String accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM engagement WHERE owner_id = :account "
                        + "OR id IN (SELECT engagement_id FROM engagement_share WHERE account_id = :account) "
                        + "ORDER BY created_at DESC, id")
                .bind("account", accountId).map((rs, ctx) -> engagement(h, rs)).list());
    }

    /** The round that follows this one, if one was started. */
    Optional<StoredEngagement> nextRound(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM engagement WHERE previous_id = :id")
                .bind("id", id).map((rs, ctx) -> engagement(h, rs)).findFirst());
    }

    void share(String engagementId, String accountId) {
        jdbi.useTransaction(h -> {
            boolean already = h.createQuery("SELECT COUNT(*) FROM engagement_share WHERE engagement_id = :e AND account_id = :a")
                    .bind("e", engagementId).bind("a", accountId).mapTo(Integer.class).one() > 0;
            if (!already) {
                h.createUpdate("INSERT INTO engagement_share (engagement_id, account_id) VALUES (:e, :a)")
                        .bind("e", engagementId).bind("a", accountId).execute();
            }
        });
    }

    Optional<String> accountIdByEmail(String normalisedEmail) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM account WHERE email = :email").bind("email", normalisedEmail)
                .mapTo(String.class).findOne());
    }

    Map<String, String> emails(Set<String> accountIds) {
        Map<String, String> emails = new LinkedHashMap<>();
        jdbi.useHandle(h -> accountIds.forEach(id -> h.createQuery("SELECT email FROM account WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne().ifPresent(email -> emails.put(id, email))));
        return emails;
    }

    void choose(String engagementId, List<String> interventions) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE engagement SET chosen_interventions = :chosen WHERE id = :id")
                .bind("chosen", String.join(" ", interventions)).bind("id", engagementId).execute());
    }

    void recordRulesVersion(String engagementId, String version) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE engagement SET rules_version = :v WHERE id = :id AND rules_version IS NULL")
                .bind("v", version).bind("id", engagementId).execute());
    }

    StoredRespondent addRespondent(String engagementId, String name, String role, String interviewId, String linkHash) {
        String id = Ids.next();
        int position = jdbi.inTransaction(h -> {
            int next = h.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM respondent WHERE engagement_id = :e")
                    .bind("e", engagementId).mapTo(Integer.class).one();
            h.createUpdate("INSERT INTO respondent (id, engagement_id, position, name, role, interview_id, link_hash, created_at) "
                            + "VALUES (:id, :e, :position, :name, :role, :interview, :link, :at)")
                    .bind("id", id).bind("e", engagementId).bind("position", next).bind("name", name).bind("role", role)
                    .bind("interview", interviewId).bind("link", linkHash).bind("at", now()).execute();
            return next;
        });
        return new StoredRespondent(id, engagementId, position, name, role, interviewId, linkHash != null);
    }

    List<StoredRespondent> respondents(String engagementId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + RESPONDENT_COLUMNS + " FROM respondent WHERE engagement_id = :e "
                + "ORDER BY position").bind("e", engagementId).map((rs, ctx) -> respondent(rs)).list());
    }

    Optional<StoredRespondent> respondentByLink(String linkHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + RESPONDENT_COLUMNS + " FROM respondent WHERE link_hash = :hash")
                .bind("hash", linkHash).map((rs, ctx) -> respondent(rs)).findOne());
    }

    boolean isRespondentInterview(String interviewId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM respondent WHERE interview_id = :i")
                .bind("i", interviewId).mapTo(Integer.class).one() > 0);
    }

    /** Renames a respondent or changes their role; their interview's header follows the new name. */
    void updateRespondent(String respondentId, String interviewId, String name, String role) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE respondent SET name = :name, role = :role WHERE id = :id")
                    .bind("name", name).bind("role", role).bind("id", respondentId).execute();
            h.createUpdate("UPDATE interview SET respondent = :name WHERE id = :id")
                    .bind("name", name).bind("id", interviewId).execute();
        });
    }

    /** Replaces the respondent's private link: the old one stops working at once. */
    void replaceLink(String respondentId, String linkHash) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE respondent SET link_hash = :hash WHERE id = :id")
                .bind("hash", linkHash).bind("id", respondentId).execute());
    }

    private static StoredEngagement engagement(Handle h, ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        Set<String> shared = new HashSet<>(h.createQuery("SELECT account_id FROM engagement_share WHERE engagement_id = :e")
                .bind("e", id).mapTo(String.class).list());
        String chosen = rs.getString(8);
        return new StoredEngagement(id, rs.getString(2), shared, rs.getString(3), rs.getString(4), read(rs.getString(5)),
                rs.getInt(6), rs.getString(7), chosen == null || chosen.isBlank() ? List.of() : Arrays.asList(chosen.split(" ")),
                rs.getString(9), rs.getTimestamp(10).toInstant());
    }

    private static StoredRespondent respondent(ResultSet rs) throws SQLException {
        return new StoredRespondent(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7) != null);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String write(Map<String, Object> context) {
        try {
            return JSON.writeValueAsString(context);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot store context " + context, e);
        }
    }

    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored engagement context is not valid JSON: " + json, e);
        }
    }
}

package com.salesdx.web.accounts;

import com.salesdx.accounts.Account;
import com.salesdx.accounts.AccountService;
import com.salesdx.accounts.Session;
import com.salesdx.server.Csrf;
import com.salesdx.server.Role;
import com.salesdx.server.Routes;
import com.salesdx.server.SessionCookie;
import com.salesdx.server.SignedIn;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** A consultant's own page: who is signed in, on which devices, and ending any of those sessions. */
public final class AccountPages {
    private final AccountService accounts;

    public AccountPages(AccountService accounts) {
        this.accounts = accounts;
    }

    public void register(RoutesConfig app) {
        Routes.get(app, "/account", ctx -> render(ctx, null, null), Role.CONSULTANT);
        app.post("/account/sessions/{id}/end", this::endSession, Role.CONSULTANT);
        Routes.get(app, "/api/me", this::me, Role.CONSULTANT);
        new PasswordChange(accounts, this).register(app);
    }

    /** The account page, with an error naming its field when a change was refused. */
    void render(Context ctx, String field, String error) {
        Session current = SignedIn.required(ctx);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Your account");
        model.put("account", current.account());
        model.put("current", current);
        model.put("sessions", accounts.sessionsOf(current.account()).stream().map(s -> new SessionRow(s.id(),
                s.userAgent() == null || s.userAgent().isBlank() ? "unknown browser" : s.userAgent(),
                Dates.readable(s.createdAt()), Dates.readable(s.lastSeenAt()), s.id().equals(current.id()))).toList());
        model.put("csrf", current.csrfToken());
        model.put("csrfField", Csrf.FIELD);
        model.put("field", field);
        model.put("error", error);
        model.put("passwordChanged", ctx.queryParam("password_changed") != null);
        model.put("minLength", AccountService.MIN_PASSWORD_LENGTH);
        ctx.render("templates/accounts/account.peb", model);
    }

    private void endSession(Context ctx) {
        Session session = Access.owned(ctx, accounts.session(ctx.pathParam("id")), "session " + ctx.pathParam("id"));
        accounts.signOut(session);
        if (session.id().equals(SignedIn.required(ctx).id())) {
            SessionCookie.clear(ctx);
            ctx.redirect("/login?signed_out=1", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.redirect("/account", HttpStatus.SEE_OTHER);
    }

    /** One session as the page shows it. */
    public record SessionRow(String id, String browser, String signedInAt, String lastUsedAt, boolean current) {
    }

    private void me(Context ctx) {
        Session session = SignedIn.required(ctx);
        Account account = session.account();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", account.id());
        body.put("email", account.email());
        body.put("admin", account.admin());
        body.put("csrf_token", session.csrfToken());
        ctx.json(body);
    }
}

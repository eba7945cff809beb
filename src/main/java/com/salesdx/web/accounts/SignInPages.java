package com.salesdx.web.accounts;

import com.salesdx.accounts.AccountDisabledException;
import com.salesdx.accounts.AccountService;
import com.salesdx.accounts.SignInLockedException;
import com.salesdx.server.Forms;
import com.salesdx.server.Role;
import com.salesdx.server.Routes;
import com.salesdx.server.SessionCookie;
import com.salesdx.server.SignedIn;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Signing in and out. A wrong email and a wrong password get the same answer, so neither is confirmed. */
public final class SignInPages {
    private static final String WRONG = "That email and password do not match an account. Check both and try again.";

    private final AccountService accounts;

    public SignInPages(AccountService accounts) {
        this.accounts = accounts;
    }

    public void register(RoutesConfig app) {
        Routes.get(app, "/login", ctx -> render(ctx, "", Next.of(ctx.queryParam("next")), null), Role.ANYONE);
        app.post("/login", this::signIn, Role.ANYONE);
        app.post("/logout", this::signOut, Role.CONSULTANT);
    }

    private void signIn(Context ctx) {
        Map<String, List<String>> form = Forms.read(ctx);
        String email = Optional.ofNullable(Forms.first(form, "email")).orElse("");
        String next = Next.of(Forms.first(form, "next"));
        char[] password = Optional.ofNullable(Forms.first(form, "password")).orElse("").toCharArray();
        try {
            Optional<AccountService.SignIn> signIn = accounts.signIn(email, password, ctx.header("User-Agent"));
            if (signIn.isEmpty()) {
                ctx.status(401);
                render(ctx, email, next, WRONG);
                return;
            }
            SignedIn.session(ctx).ifPresent(accounts::signOut); // a new session replaces the one this browser had
            SessionCookie.set(ctx, signIn.get().token(), accounts.settings().absolute());
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } catch (AccountDisabledException e) {
            ctx.status(403);
            render(ctx, email, next, "This account is disabled, so it cannot sign in. Its engagements are kept; ask an "
                    + "administrator to enable it again.");
        } catch (SignInLockedException e) {
            ctx.status(429);
            ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
            render(ctx, email, next, "Too many failed sign-ins for this account, so it is paused: " + e.getMessage().replaceFirst(
                    "^too many failed sign-ins for this account; ", "") + ". Nothing is wrong with the account itself.");
        }
    }

    private void signOut(Context ctx) {
        accounts.signOut(SignedIn.required(ctx));
        SessionCookie.clear(ctx);
        ctx.redirect("/login?signed_out=1", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, String email, String next, String error) {
        ctx.header("Cache-Control", "private, no-store");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Sign in");
        model.put("email", email);
        model.put("next", next);
        model.put("error", error);
        model.put("signedOut", ctx.queryParam("signed_out") != null);
        model.put("expired", ctx.queryParam("next") != null && ctx.cookie(SessionCookie.NAME) != null);
        ctx.render("templates/accounts/login.peb", model);
    }
}

package com.salesdx.web.accounts;

import com.salesdx.accounts.Account;
import com.salesdx.accounts.AccountInputException;
import com.salesdx.accounts.AccountService;
import com.salesdx.server.Csrf;
import com.salesdx.server.Forms;
import com.salesdx.server.Role;
import com.salesdx.server.Routes;
import com.salesdx.server.SignedIn;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Admins add consultant accounts here; the first admin comes from `salesdx user add`. */
public final class AdminPages {
    private final AccountService accounts;

    public AdminPages(AccountService accounts) {
        this.accounts = accounts;
    }

    public void register(RoutesConfig app) {
        Routes.get(app, "/admin/accounts", ctx -> render(ctx, "", false, null, null), Role.ADMIN);
        app.post("/admin/accounts", this::add, Role.ADMIN);
        app.post("/admin/accounts/{account}/disable", ctx -> setDisabled(ctx, true), Role.ADMIN);
        app.post("/admin/accounts/{account}/enable", ctx -> setDisabled(ctx, false), Role.ADMIN);
    }

    /** Disabling ends the account's sessions and refuses its sign-in; its engagements stay as they are. */
    private void setDisabled(Context ctx, boolean disabled) {
        try {
            accounts.setDisabled(SignedIn.required(ctx).account(), ctx.pathParam("account"), disabled);
            ctx.redirect("/admin/accounts", HttpStatus.SEE_OTHER);
        } catch (AccountInputException e) {
            ctx.status(e.getMessage().startsWith("there is no account") ? 404 : 400);
            render(ctx, "", false, e.field(), e.getMessage());
        }
    }

    private void add(Context ctx) {
        Map<String, List<String>> form = Forms.read(ctx);
        String email = Optional.ofNullable(Forms.first(form, "email")).orElse("");
        boolean admin = "on".equals(Forms.first(form, "admin"));
        char[] password = Optional.ofNullable(Forms.first(form, "password")).orElse("").toCharArray();
        try {
            Account added = accounts.add(email, password, admin);
            ctx.redirect("/admin/accounts?added=" + URLEncoder.encode(added.email(), StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
        } catch (AccountInputException e) {
            ctx.status(400);
            render(ctx, email, admin, e.field(), e.getMessage());
        }
    }

    private void render(Context ctx, String email, boolean admin, String field, String error) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Consultant accounts");
        java.util.Set<String> disabled = accounts.disabledAccountIds();
        String me = SignedIn.required(ctx).account().id();
        model.put("accounts", accounts.list().stream().map(a -> Map.of("id", a.id(), "email", a.email(),
                "role", a.admin() ? "admin" : "consultant", "since", Dates.readable(a.createdAt()),
                "disabled", disabled.contains(a.id()), "me", a.id().equals(me))).toList());
        model.put("email", email);
        model.put("admin", admin);
        model.put("field", field);
        model.put("error", error);
        model.put("added", ctx.queryParam("added"));
        model.put("minLength", AccountService.MIN_PASSWORD_LENGTH);
        model.put("csrf", SignedIn.required(ctx).csrfToken());
        model.put("csrfField", Csrf.FIELD);
        ctx.render("templates/accounts/admin.peb", model);
    }
}

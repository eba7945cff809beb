package com.salesdx.web.accounts;

import com.salesdx.accounts.AccountInputException;
import com.salesdx.accounts.Session;
import com.salesdx.accounts.SignInLockedException;
import com.salesdx.accounts.AccountService;
import com.salesdx.server.Forms;
import com.salesdx.server.Role;
import com.salesdx.server.SignedIn;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Changing one's own password from the account page: the current password, the new one twice. On success the
 * other sessions of the account end (this one stays); a mistake shows the page again naming the field.
 */
final class PasswordChange {
    private final AccountService accounts;
    private final AccountPages page;

    PasswordChange(AccountService accounts, AccountPages page) {
        this.accounts = accounts;
        this.page = page;
    }

    void register(RoutesConfig app) {
        app.post("/account/password", this::change, Role.CONSULTANT);
    }

    private void change(Context ctx) {
        Session session = SignedIn.required(ctx);
        Map<String, List<String>> form = Forms.read(ctx);
        try {
            accounts.changePassword(session, field(form, "current_password"), field(form, "new_password"),
                    field(form, "new_password_again"));
            ctx.redirect("/account?password_changed=1", HttpStatus.SEE_OTHER);
        } catch (AccountInputException e) {
            ctx.status(400);
            page.render(ctx, e.field(), e.getMessage());
        } catch (SignInLockedException e) {
            ctx.status(429);
            ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
            page.render(ctx, "current_password", "too many wrong passwords for this account, so it is paused: "
                    + e.getMessage().replaceFirst("^too many failed sign-ins for this account; ", ""));
        }
    }

    private static char[] field(Map<String, List<String>> form, String name) {
        return Optional.ofNullable(Forms.first(form, name)).orElse("").toCharArray();
    }
}

package com.salesdx.cli;

import com.salesdx.accounts.Account;
import com.salesdx.accounts.AccountInputException;
import com.salesdx.accounts.AccountService;
import com.salesdx.accounts.AccountSettings;
import com.salesdx.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Consultant accounts from the server's command line: the first admin, and a list of who has an account. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Add and list consultant accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.ListAccounts.class})
final class UserCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new UsageException("`salesdx user` needs a subcommand: `salesdx user add EMAIL` or `salesdx user list`");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an account. The first account is an admin, who adds the others in the app (/admin/accounts).")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "EMAIL", description = "The consultant's email address, used to sign in.")
        String email;

        @Option(names = "--password-stdin", description = "Read the password from standard input (one line) instead of asking.")
        boolean passwordStdin;

        @Option(names = "--admin", description = "Make this account an admin (the first account always is).")
        boolean admin;

        @Mixin
        StoreOptions store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            char[] password = passwordStdin ? fromStdin() : fromConsole();
            try (Database database = store.open()) {
                AccountService accounts = new AccountService(database, AccountSettings.DEFAULT);
                boolean first = !accounts.hasAccounts();
                Account account = accounts.add(email, password, admin || first);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("Added %s (%s)%s. Sign in at /login.%n", account.email(), account.admin() ? "admin" : "consultant",
                        first ? ", the first account: an admin, who can add the others at /admin/accounts" : "");
                out.flush();
                return ExitCodes.OK;
            } catch (AccountInputException e) {
                throw new UsageException("cannot add the account: " + e.field() + ": " + e.getMessage(), e);
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private char[] fromStdin() {
            try {
                byte[] all = readAtMost(System.in, 4096);
                String text = new String(all, StandardCharsets.UTF_8);
                int end = text.indexOf('\n');
                String line = (end < 0 ? text : text.substring(0, end)).replaceAll("\r$", "");
                if (line.isEmpty()) {
                    throw new UsageException("--password-stdin: standard input held no password; "
                            + "send it as one line, e.g. `printf '%s\\n' \"$PASSWORD\" | salesdx user add EMAIL --password-stdin`");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new UsageException("--password-stdin: cannot read standard input: " + e.getMessage(), e);
            }
        }

        private static byte[] readAtMost(InputStream in, int limit) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[512];
            int read;
            while ((read = in.read(buffer)) != -1 && out.size() < limit) {
                out.write(buffer, 0, Math.min(read, limit - out.size()));
            }
            return out.toByteArray();
        }

        private char[] fromConsole() {
            Console console = System.console();
            if (console == null) {
                throw new UsageException("no terminal to ask for the password; send it on standard input with --password-stdin");
            }
            char[] password = console.readPassword("Password for %s (not shown): ", email);
            char[] again = console.readPassword("The same password again: ");
            if (password == null || again == null || !Arrays.equals(password, again)) {
                throw new UsageException("the two passwords differ; nothing was added, run the command again");
            }
            Arrays.fill(again, '\0');
            return password;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts: email, role, since when, and whether disabled.")
    static final class ListAccounts implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (!store.exists()) {
                out.println("No accounts yet: there is no store at " + store.embeddedFolder() + " (add the first account, "
                        + "an admin, with `salesdx user add EMAIL`, or name the store with --data DIR or --db JDBC_URL).");
                out.flush();
                return ExitCodes.OK;
            }
            try (Database database = store.open()) {
                AccountService service = new AccountService(database, AccountSettings.DEFAULT);
                java.util.List<Account> accounts = service.list();
                java.util.Set<String> disabled = service.disabledAccountIds();
                if (accounts.isEmpty()) {
                    out.println("No accounts yet: add the first (an admin) with `salesdx user add EMAIL`.");
                }
                for (Account account : accounts) {
                    out.printf("%-40s %-10s since %s%s%n", account.email(), account.admin() ? "admin" : "consultant",
                            account.createdAt().toString().substring(0, 10),
                            disabled.contains(account.id()) ? "  disabled (cannot sign in)" : "");
                }
                out.flush();
                return ExitCodes.OK;
            }
        }
    }
}

package com.salesdx.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The salesdx command line: diagnose an answer file or an engagement, compare rounds, check the knowledge, benchmark. */
@Command(name = "salesdx", mixinStandardHelpOptions = true, version = "salesdx 0.1.0",
        description = "Diagnostic expert system for sales performance.",
        subcommands = {ServeCommand.class, DemoCommand.class, DiagnoseCommand.class, CompareCommand.class, CheckCommand.class,
            ImpactCommand.class, BenchCommand.class, UserCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new CommandLine(new Main()), args);
    }

    /** The same, printing to the given writers (tests read what a user would see). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return run(new CommandLine(new Main()).setOut(out).setErr(err), args);
    }

    private static int run(CommandLine cli, String... args) {
        return cli.setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Main::usageProblem)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    // A broken rule or knowledge file met by any command is reported like check does it: every
                    // problem with file and line, no stack trace.
                    if (e instanceof com.salesdx.yaml.InvalidInputException) {
                        commandLine.getErr().println(e.getMessage());
                        commandLine.getErr().flush();
                        return ExitCodes.KNOWLEDGE_PROBLEM;
                    }
                    if (e instanceof UsageException) {
                        commandLine.getErr().println(e.getMessage());
                        commandLine.getErr().flush();
                        return ExitCodes.INPUT_PROBLEM;
                    }
                    throw e;
                })
                .execute(args);
    }

    /**
     * An option or value the command does not take (an unknown --format, --port abc): one line that names what
     * was expected, like every other usage problem, instead of the whole help page.
     */
    private static int usageProblem(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println(e.getMessage() + " (see `" + command.getCommandSpec().qualifiedName() + " --help`)");
        CommandLine.UnmatchedArgumentException.printSuggestions(e, command.getErr());
        command.getErr().flush();
        return ExitCodes.INPUT_PROBLEM;
    }

    /** No command given: say what the commands are, and exit 2 like any other usage error. */
    @Override
    public Integer call() {
        CommandLine commandLine = new CommandLine(this);
        commandLine.getErr().println("salesdx needs a command, e.g. `salesdx serve` or `salesdx diagnose FILE`.");
        commandLine.usage(commandLine.getErr());
        commandLine.getErr().flush();
        return ExitCodes.INPUT_PROBLEM;
    }
}

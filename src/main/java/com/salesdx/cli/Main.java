package com.salesdx.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The salesdx command line: diagnose an answer file, check the knowledge, benchmark the engine. */
@Command(name = "salesdx", mixinStandardHelpOptions = true, version = "salesdx 0.1.0",
        description = "Diagnostic expert system for sales performance.",
        subcommands = {ServeCommand.class, DiagnoseCommand.class, CheckCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}

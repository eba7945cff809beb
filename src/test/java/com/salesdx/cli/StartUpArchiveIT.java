package com.salesdx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher's start-up archive: `./salesdx prepare` records the classes a starting server loads (its pages,
 * the rule compiler, the store), and a JVM given the archive loads them from it rather than from the jar.
 */
class StartUpArchiveIT {
    private static final Path LAUNCHER = Path.of("salesdx").toAbsolutePath();
    private static final Path ARCHIVE = Path.of("target/salesdx.jsa").toAbsolutePath();
    private static final Path JAR = Path.of("target/salesdx.jar").toAbsolutePath();

    @Test
    void prepareRecordsTheServersClassesAndAJvmGivenTheArchiveLoadsThemFromIt() throws Exception {
        Files.deleteIfExists(ARCHIVE);
        String prepared = run(List.of("bash", LAUNCHER.toString(), "prepare"));
        assertTrue(Files.size(ARCHIVE) > 1_000_000, "no archive recorded: " + prepared);

        String archived = run(List.of(java(), "-XX:SharedArchiveFile=" + ARCHIVE, "-XX:+PrintSharedArchiveAndExit",
                "-jar", JAR.toString()));
        for (String serverClass : List.of("io.javalin.Javalin ", "com.salesdx.web.PageController ",
                "org.flywaydb.core.Flyway ", "org.drools.compiler.builder.impl.KnowledgeBuilderImpl ")) {
            assertTrue(archived.contains(serverClass), serverClass.trim() + " is not in the archive");
        }
        String loaded = run(List.of(java(), "-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:class+load=info", "-jar",
                JAR.toString(), "--version"));
        assertTrue(loaded.contains("com.salesdx.cli.Main source: shared objects file"),
                "the archive was not used: " + loaded.lines().filter(l -> l.contains("cli.Main")).toList());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("SALESDX_CDS");
        // The launcher's java: the one running this test, so the archive matches the JVM that reads it.
        builder.environment().put("PATH", Path.of(java()).getParent() + ":" + System.getenv("PATH"));
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "did not finish: " + command);
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), text);
        return text;
    }
}

package com.salesdx.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ./salesdx launcher's build step, run by the real Maven on a checkout it has to build. */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("salesdx").toAbsolutePath();

    @TempDir
    Path checkout;

    @Test
    void theFirstBuildPrintsNoColourCodes() throws Exception {
        // A checkout with no jar yet: the launcher builds it. The smallest project keeps Maven's console, which wrote
        // the colour codes, and leaves out the minute the real build takes.
        Files.copy(LAUNCHER, checkout.resolve("salesdx"));
        Files.createDirectories(checkout.resolve("src/main"));
        Files.writeString(checkout.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion><groupId>test</groupId>"
                + "<artifactId>launcher</artifactId><version>1</version><packaging>pom</packaging></project>\n");

        ProcessBuilder builder = new ProcessBuilder("bash", checkout.resolve("salesdx").toString(), "--version")
                .redirectErrorStream(true);
        builder.environment().remove("MAVEN_OPTS");
        Process launcher = builder.start();
        launcher.getOutputStream().close();
        String console = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(launcher.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");

        assertTrue(console.startsWith("Building salesdx"), console);
        assertFalse(console.contains("\u001b["), "colour codes in the build's output:\n" + console.replace("\u001b", "ESC"));
    }
}

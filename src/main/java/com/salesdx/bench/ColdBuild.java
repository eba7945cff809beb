package com.salesdx.bench;

import com.salesdx.rules.RuleBaseBuilder;
import java.nio.file.Path;

/** Run in a fresh JVM by the benchmark: prints how long the first build of a rule base takes there. */
public final class ColdBuild {
    private ColdBuild() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        RuleBaseBuilder.build(Path.of(args[0]), Path.of(args[1]));
        System.out.println((System.nanoTime() - start) / 1_000_000);
    }
}

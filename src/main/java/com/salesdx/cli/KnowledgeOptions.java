package com.salesdx.cli;

import com.salesdx.rules.RuleBase;
import com.salesdx.rules.RuleBaseBuilder;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command shares: where the rules and the knowledge base live. */
public final class KnowledgeOptions {
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Folder of .drl rule files (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--kb", paramLabel = "DIR", defaultValue = "knowledge-base",
            description = "Knowledge-base folder (default: ${DEFAULT-VALUE}).")
    Path kb;

    RuleBase build() {
        return RuleBaseBuilder.build(rules, kb);
    }
}

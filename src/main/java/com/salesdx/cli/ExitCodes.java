package com.salesdx.cli;

/** Exit codes shared by the commands. */
final class ExitCodes {
    static final int OK = 0;
    /** The rules or knowledge base are broken, or a scenario failed. */
    static final int KNOWLEDGE_PROBLEM = 1;
    /** The user's input is unusable: an invalid answer file, a missing folder, a busy port, an unusable store. */
    static final int INPUT_PROBLEM = 2;

    private ExitCodes() {
    }
}

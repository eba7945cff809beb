package com.salesdx.cli;

/** Exit codes shared by the commands. */
final class ExitCodes {
    static final int OK = 0;
    /** The rules or knowledge base are broken, or a scenario failed. */
    static final int KNOWLEDGE_PROBLEM = 1;
    /** The user's input (an answer file) is invalid. */
    static final int INPUT_PROBLEM = 2;

    private ExitCodes() {
    }
}

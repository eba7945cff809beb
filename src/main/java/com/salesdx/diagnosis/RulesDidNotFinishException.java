package com.salesdx.diagnosis;

/**
 * The rules of a diagnosis were stopped before they settled (time budget or firing cap): a
 * fault of the rule base, not of the answers. The web layer answers 503 with this message.
 */
public final class RulesDidNotFinishException extends RuntimeException {
    public RulesDidNotFinishException(String message) {
        super(message);
    }
}

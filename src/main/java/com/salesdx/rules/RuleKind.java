package com.salesdx.rules;

/** A rule either derives an intermediate fact ({@code @derives}) or concludes a finding ({@code @finding}). */
public enum RuleKind {
    DERIVATION, FINDING
}

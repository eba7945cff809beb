package com.salesdx.knowledge;

/**
 * What ranking needs to know about an intervention, resolved once when the knowledge base loads:
 * the upstream rank of the pillar it acts on, the factor and name of the lever it pulls.
 */
public record InterventionPlacing(int rank, double factor, String lever) {
}

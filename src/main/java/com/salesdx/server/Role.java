package com.salesdx.server;

import io.javalin.security.RouteRole;

/**
 * Who may call a route. Every route names its roles; a route that names none is denied. Logins
 * come with consultant engagements: until then only {@link #ANYONE} routes are reachable.
 */
public enum Role implements RouteRole {
    /** Public: the executive diagnostic, single interviews by unguessable link, the API. */
    ANYONE,
    /** A signed-in consultant (engagements, cross-respondent views). */
    CONSULTANT,
    /** Manages users and the knowledge base. */
    ADMIN
}

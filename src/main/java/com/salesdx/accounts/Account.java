package com.salesdx.accounts;

import java.time.Instant;

/** A consultant who signs in. An admin is a consultant who may also add accounts. */
public record Account(String id, String email, boolean admin, Instant createdAt) {
}

package org.newsdesk.model;

import java.time.Instant;

/**
 * A team library as this copy knows it.
 *
 * @param role       the role the server gave this login at the last sync
 * @param waiting    local changes not pushed yet
 * @param lastSync   when the last sync finished, or null
 */
public record TeamStatus(TeamAddress address, Role role, int waiting, Instant lastSync, long position) {
}

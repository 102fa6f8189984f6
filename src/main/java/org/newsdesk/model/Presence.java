package org.newsdesk.model;

import java.util.UUID;

/** Someone in the team has an article open: "Omar is editing". */
public record Presence(String user, UUID articleId) {
}

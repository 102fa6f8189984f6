package org.newsdesk.service;

import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.AssetStore;
import org.newsdesk.store.CommentStore;
import org.newsdesk.store.RevisionStore;
import org.newsdesk.store.SettingsStore;
import org.newsdesk.store.StatusHistoryStore;

/** The store objects one library's services share. */
record Stores(ArticleStore articles, RevisionStore revisions, StatusHistoryStore history, SettingsStore settings,
              CommentStore comments, AssetStore assets) {
}

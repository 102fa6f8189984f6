package org.newsdesk.model;

/** How search results are ordered. */
public enum SearchOrder {
    /** Best match first (bm25). Costs a ranking pass over every match. */
    RELEVANCE,
    /** Most recently changed first; cheap for any query, so it suits search-as-you-type. */
    NEWEST
}

package app.backline.domain;

/** Order of a feed. */
public enum FeedSort {
    /** postedAt descending. */
    NEWEST,
    /** likes + comments + shares descending, views as tiebreak, then newest id. */
    ENGAGEMENT
}

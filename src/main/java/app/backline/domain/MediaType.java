package app.backline.domain;

/** What a post or one media item of it shows. A post with several media items is a {@link #CAROUSEL}. */
public enum MediaType {
    TEXT, IMAGE, VIDEO, GIF, CAROUSEL, LINK
}

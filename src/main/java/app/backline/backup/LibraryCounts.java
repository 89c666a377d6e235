package app.backline.backup;

/**
 * What the library holds, as a restore confirmation names it.
 *
 * @param artists artists on the roster
 * @param posts   posts over all artists
 */
public record LibraryCounts(long artists, long posts) {
}

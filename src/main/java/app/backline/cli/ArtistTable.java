package app.backline.cli;

import app.backline.domain.Artist;
import java.util.List;

/** Renders the roster as a plain-text table with aligned columns ID, NAME, POSTS. */
final class ArtistTable {

    private ArtistTable() {
    }

    /** One line per artist after a header line, each ending in a newline; a hint when there are none. */
    static String render(List<Artist> artists) {
        if (artists.isEmpty()) {
            return "No artists yet. Add one with: backline artists add NAME" + System.lineSeparator();
        }
        int idWidth = "ID".length();
        int nameWidth = "NAME".length();
        for (Artist a : artists) {
            idWidth = Math.max(idWidth, Long.toString(a.id()).length());
            nameWidth = Math.max(nameWidth, a.name().codePointCount(0, a.name().length()));
        }
        StringBuilder table = new StringBuilder();
        line(table, idWidth, "ID", nameWidth, "NAME", "POSTS");
        for (Artist a : artists) {
            line(table, idWidth, Long.toString(a.id()), nameWidth, a.name(), Long.toString(a.postCount()));
        }
        return table.toString();
    }

    private static void line(StringBuilder table, int idWidth, String id, int nameWidth, String name, String posts) {
        table.append(" ".repeat(idWidth - id.length())).append(id).append("  ")
                .append(name).append(" ".repeat(nameWidth - name.codePointCount(0, name.length()))).append("  ")
                .append(posts).append(System.lineSeparator());
    }
}

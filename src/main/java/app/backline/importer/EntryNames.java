package app.backline.importer;

import java.util.Optional;

/**
 * Entry-name rules shared by zip and folder sources. A name is safe when, read as a relative path with
 * {@code /} or {@code \} separators, it stays inside the archive: no absolute path, no drive letter,
 * no {@code ..} segment, no NUL.
 */
final class EntryNames {

    private EntryNames() {
    }

    /**
     * @return the name with {@code /} separators and no {@code .} or empty segments; empty for a name
     *         that is only a folder marker ({@code "data/"}) or empty
     * @throws ArchiveRejectedException when the name escapes the archive (zip-slip)
     */
    static Optional<String> normalize(String raw, String archiveName) {
        String name = raw.replace('\\', '/');
        if (name.indexOf('\0') >= 0 || name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            throw unsafe(raw, archiveName);
        }
        StringBuilder out = new StringBuilder();
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                throw unsafe(raw, archiveName);
            }
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            out.append(out.length() == 0 ? "" : "/").append(segment);
        }
        return out.length() == 0 || name.endsWith("/") ? Optional.empty() : Optional.of(out.toString());
    }

    /** The last segment of a normalized name or of a URL path. */
    static String baseName(String path) {
        int query = path.indexOf('?');
        String p = query >= 0 ? path.substring(0, query) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** A name cut to 80 printable characters, for messages. */
    static String printable(String name) {
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 77) + "..." : clean;
    }

    private static ArchiveRejectedException unsafe(String raw, String archiveName) {
        return new ArchiveRejectedException("Refused " + archiveName + ": it contains an entry that points "
                + "outside the archive (" + printable(raw) + ")");
    }
}

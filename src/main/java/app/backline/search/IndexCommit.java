package app.backline.search;

import java.util.HashMap;
import java.util.Map;

/**
 * What a Lucene commit says about itself, in its user data: which store it was built from, the search generation
 * it reflects, and whether it is whole or a rebuild that stopped after post id {@code scannedUpTo}.
 *
 * @param storeId    {@code null} for an index without such a commit (new, or not Backline's)
 * @param generation every change up to this store generation is in the index
 */
record IndexCommit(String storeId, long generation, boolean complete, long scannedUpTo) {

    private static final String FORMAT = "1";

    static final IndexCommit NONE = new IndexCommit(null, -1, false, 0);

    static IndexCommit of(Map<String, String> userData) {
        if (!FORMAT.equals(userData.get("format")) || userData.get("store") == null) {
            return NONE;
        }
        try {
            return new IndexCommit(userData.get("store"), Long.parseLong(userData.get("generation")),
                    Boolean.parseBoolean(userData.get("complete")), Long.parseLong(userData.get("scannedUpTo")));
        } catch (RuntimeException e) {
            return NONE;
        }
    }

    Map<String, String> userData() {
        Map<String, String> out = new HashMap<>();
        out.put("format", FORMAT);
        out.put("store", storeId);
        out.put("generation", Long.toString(generation));
        out.put("complete", Boolean.toString(complete));
        out.put("scannedUpTo", Long.toString(scannedUpTo));
        return out;
    }
}

package app.backline.enrichment;

import app.backline.domain.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The hand-labelled captions under {@code src/test/resources/enrichment/}. */
final class LabelledCaptions {

    /** Captions the rules are tuned on. */
    static final String DEVELOPMENT = "/enrichment/captions-development.tsv";
    /** Captions written before the rules and never tuned on. */
    static final String HELD_BACK = "/enrichment/captions-heldback.tsv";

    /** One labelled caption; {@code line} is its line in the file. */
    record Labelled(String caption, Set<Tag> expected, String language, int line) {
    }

    private LabelledCaptions() {
    }

    /** Every caption of one set, in file order. */
    static List<Labelled> load(String resource) {
        try (InputStream in = LabelledCaptions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Both sets. */
    static List<Labelled> all() {
        List<Labelled> all = new ArrayList<>(load(DEVELOPMENT));
        all.addAll(load(HELD_BACK));
        return all;
    }

    private static List<Labelled> parse(String resource, String text) {
        List<Labelled> captions = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3) {
                throw new IllegalStateException(resource + " line " + (i + 1) + ": expected 3 tab-separated fields");
            }
            captions.add(new Labelled(fields[0].replace("\\n", "\n"), tags(fields[1]), fields[2].strip(), i + 1));
        }
        return captions;
    }

    private static Set<Tag> tags(String field) {
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        for (String name : field.split(",")) {
            tags.add(Tag.parse(name));
        }
        return tags;
    }
}

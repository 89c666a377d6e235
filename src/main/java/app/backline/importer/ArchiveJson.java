package app.backline.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads the JSON files of an archive: plain JSON (Instagram) or a JavaScript assignment such as
 * {@code window.YTD.tweets.part0 = [ ... ]} (X), whose prefix is skipped. Lists are streamed one
 * element at a time, so memory holds one post's tree, not the file's. Damaged JSON is refused with a
 * message naming the file and the position.
 */
final class ArchiveJson {

    /** The assignment prefix must end within this many bytes; real ones are under 60. */
    private static final int MAX_PREFIX = 512;

    private final ObjectMapper mapper;
    private final long maxJsonBytes;

    ArchiveJson(ObjectMapper mapper, ArchiveLimits limits) {
        this.mapper = mapper;
        this.maxJsonBytes = limits.maxDocumentBytes();
    }

    /**
     * Calls {@code each} with every element of the file's top-level array, in order.
     *
     * @return how many elements there were
     * @throws ArchiveRejectedException when the file is not JSON, cut off, or not a list
     */
    int forEachElement(ArchiveSource source, String name, Consumer<JsonNode> each) throws IOException {
        try (InputStream in = open(source, name); JsonParser parser = mapper.getFactory().createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw damaged(source, name, parser.currentLocation());
            }
            if (first != JsonToken.START_ARRAY) {
                throw notAList(source, name);
            }
            int count = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == null) {
                    throw damaged(source, name, parser.currentLocation());
                }
                each.accept(mapper.readTree(parser));
                count++;
            }
            return count;
        } catch (JsonProcessingException e) {
            throw damaged(source, name, e.getLocation());
        }
    }

    /**
     * The whole file as one tree; for small files such as {@code manifest.js}.
     *
     * @throws ArchiveRejectedException when the file is not JSON or cut off
     */
    JsonNode readDocument(ArchiveSource source, String name) throws IOException {
        try (InputStream in = open(source, name); JsonParser parser = mapper.getFactory().createParser(in)) {
            JsonNode node = mapper.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw damaged(source, name, null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw damaged(source, name, e.getLocation());
        }
    }

    /**
     * Streams a document whose top level is an object (TikTok's {@code user_data_tiktok.json}) and hands
     * {@code each} the values at {@code paths}: field names from the top level, matched ignoring case.
     * An array is handed over element by element, any other value whole; {@code null} gives nothing.
     * Everything else is skipped without building it, so memory holds one element, not the file.
     *
     * @param each called with the index of the matching path in {@code paths} and the value
     * @return the top-level field names, as written
     * @throws ArchiveRejectedException when the file is not JSON, cut off, or not an object
     */
    Set<String> forEachAt(ArchiveSource source, String name, List<List<String>> paths,
                          BiConsumer<Integer, JsonNode> each) throws IOException {
        try (InputStream in = open(source, name); JsonParser parser = mapper.getFactory().createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw first == null ? damaged(source, name, parser.currentLocation()) : notAnObject(source, name);
            }
            Set<String> top = new LinkedHashSet<>();
            walk(parser, List.of(), paths, each, top);
            return top;
        } catch (JsonProcessingException e) {
            throw damaged(source, name, e.getLocation());
        }
    }

    /** Reads the fields of the object the parser is in, descending only towards {@code paths}. */
    private void walk(JsonParser parser, List<String> at, List<List<String>> paths,
                      BiConsumer<Integer, JsonNode> each, Set<String> top) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            List<String> here = new ArrayList<>(at);
            here.add(parser.currentName());
            if (at.isEmpty()) {
                top.add(parser.currentName());
            }
            JsonToken value = parser.nextToken();
            int target = indexOf(paths, here, true);
            if (target >= 0 && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (parser.currentToken() == null) {
                        throw new JsonParseException(parser, "cut off inside a list");
                    }
                    each.accept(target, mapper.readTree(parser));
                }
            } else if (target >= 0 && value != JsonToken.VALUE_NULL) {
                each.accept(target, mapper.readTree(parser));
            } else if (value == JsonToken.START_OBJECT && indexOf(paths, here, false) >= 0) {
                walk(parser, here, paths, each, top);
            } else {
                parser.skipChildren();
            }
        }
    }

    /** The first path equal to {@code at} (or, unless {@code whole}, starting with it), ignoring case; -1 if none. */
    private static int indexOf(List<List<String>> paths, List<String> at, boolean whole) {
        for (int i = 0; i < paths.size(); i++) {
            List<String> path = paths.get(i);
            boolean fits = whole ? path.size() == at.size() : path.size() > at.size();
            for (int j = 0; fits && j < at.size(); j++) {
                fits = path.get(j).equalsIgnoreCase(at.get(j));
            }
            if (fits) {
                return i;
            }
        }
        return -1;
    }

    private InputStream open(ArchiveSource source, String name) throws IOException {
        InputStream in = new BufferedInputStream(source.open(name, maxJsonBytes));
        try {
            skipAssignment(in, source, name);
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Leaves the stream at the first byte of the JSON value, past a BOM and any {@code name =} prefix. */
    private static void skipAssignment(InputStream in, ArchiveSource source, String name) throws IOException {
        in.mark(MAX_PREFIX);
        for (int i = 0; i < MAX_PREFIX; i++) {
            int b = in.read();
            if (b < 0) {
                throw damaged(source, name, null);
            }
            if (b == '[' || b == '{') {
                in.reset();
                in.skip(i);
                return;
            }
            if (b == '=') {
                return;
            }
        }
        throw damaged(source, name, null);
    }

    private static ArchiveRejectedException notAList(ArchiveSource source, String name) {
        return new ArchiveRejectedException("Unreadable archive: " + name + " in " + source.displayName()
                + " does not hold a list of entries");
    }

    private static ArchiveRejectedException notAnObject(ArchiveSource source, String name) {
        return new ArchiveRejectedException("Unreadable archive: " + name + " in " + source.displayName()
                + " does not hold an object of sections");
    }

    private static ArchiveRejectedException damaged(ArchiveSource source, String name, JsonLocation at) {
        String where = at == null || at.getLineNr() < 0 ? ""
                : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return new ArchiveRejectedException("Damaged archive: " + name + " in " + source.displayName()
                + " is cut off or not valid JSON" + where);
    }
}

package app.backline.enrichment;

import app.backline.domain.Tag;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a rules text (format in the header of {@code tag-rules.txt}). One instance reads one text.
 */
final class TagRuleParser {

    private static final Pattern HEADER =
            Pattern.compile("(release|show|merch|press)\\s+(words|regex|hashtags|links)\\s+(\\S+)\\s*");
    private static final Pattern DEFINE = Pattern.compile("define\\s+([A-Z][A-Z0-9_]*)\\s+(\\S.*)");
    /** {@code {NAME}}, but not the {@code {Lu}} of a regex's {@code \p{Lu}}. */
    private static final Pattern MACRO = Pattern.compile("(?<!\\\\[pP])\\{([A-Z][A-Z0-9_]*)}");
    private static final Pattern MODIFIER = Pattern.compile("(except|unless|needs|when):(.*)");
    private static final Pattern BAR = Pattern.compile("\\|");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MODIFIER_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private enum Modifier { EXCEPT, UNLESS, NEEDS, WHEN }

    /** The rule being read: its header and the lines under it. */
    private static final class Block {
        final Tag tag;
        final String kind;
        final String source;
        final List<String> items = new ArrayList<>();
        final Map<Modifier, List<String>> modifiers = new EnumMap<>(Modifier.class);

        Block(Tag tag, String kind, String source) {
            this.tag = tag;
            this.kind = kind;
            this.source = source;
        }
    }

    private final String name;
    private final Map<String, String> macros = new HashMap<>();
    private final List<TextRule> textRules = new ArrayList<>();
    private final List<LinkRule> linkRules = new ArrayList<>();
    private Block block;
    private int lineNumber;

    TagRuleParser(String name) {
        this.name = name;
    }

    /** The rules of {@code text}; {@link IllegalArgumentException} names the line of the first mistake. */
    TagRules parse(String text) {
        for (String line : text.split("\\R", -1)) {
            lineNumber++;
            try {
                read(line);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        try {
            closeBlock();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " at the end: " + e.getMessage(), e);
        }
        return new TagRules(textRules, linkRules);
    }

    private void read(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return;
        }
        boolean indented = Character.isWhitespace(line.charAt(0));
        if (indented) {
            readBodyLine(trimmed);
            return;
        }
        closeBlock();
        Matcher define = DEFINE.matcher(trimmed);
        Matcher header = HEADER.matcher(trimmed);
        if (define.matches()) {
            macros.put(define.group(1), expand(define.group(2).strip()));
        } else if (header.matches()) {
            Tag tag = Tag.parse(header.group(1));
            String source = name + ":" + lineNumber + " " + WHITESPACE.matcher(trimmed).replaceAll(" ");
            block = new Block(tag, header.group(2), source);
        } else {
            throw new IllegalArgumentException("expected 'define NAME REGEX' or 'TAG KIND LANGUAGE', got '"
                    + trimmed + "'");
        }
    }

    private void readBodyLine(String trimmed) {
        if (block == null) {
            throw new IllegalArgumentException("indented line outside a rule: '" + trimmed + "'");
        }
        Matcher modifier = MODIFIER.matcher(trimmed);
        if (modifier.matches()) {
            Modifier which = Modifier.valueOf(modifier.group(1).toUpperCase(Locale.ROOT));
            if (which == Modifier.WHEN) {
                readWhen(modifier.group(2).strip());
                return;
            }
            block.modifiers.computeIfAbsent(which, k -> new ArrayList<>()).addAll(split(modifier.group(2)));
        } else if (block.kind.equals("regex")) {
            String regex = expand(trimmed);
            compileRegex(List.of(regex));
            block.items.add(regex);
        } else {
            block.items.addAll(split(trimmed));
        }
    }

    /** {@code when: REGEX}, regex rules only, taken verbatim (macros expanded): one per rule. */
    private void readWhen(String regex) {
        if (!block.kind.equals("regex")) {
            throw new IllegalArgumentException("only regex rules take 'when:' (" + block.source + ")");
        }
        if (block.modifiers.containsKey(Modifier.WHEN)) {
            throw new IllegalArgumentException("one 'when:' per rule (" + block.source + ")");
        }
        String expanded = expand(regex);
        compileRegex(List.of(expanded));
        block.modifiers.put(Modifier.WHEN, List.of(expanded));
    }

    private void closeBlock() {
        if (block == null) {
            return;
        }
        Block b = block;
        block = null;
        if (b.items.isEmpty()) {
            throw new IllegalArgumentException("rule '" + b.source + "' has no patterns");
        }
        if (b.kind.equals("links")) {
            if (!b.modifiers.isEmpty()) {
                throw new IllegalArgumentException("link rules take no except/unless/needs: " + b.source);
            }
            b.items.forEach(item -> linkRules.add(new LinkRule(b.tag, item, b.source)));
            return;
        }
        textRules.add(new TextRule(b.tag, target(b.kind), b.source, match(b), modifier(b, Modifier.EXCEPT),
                modifier(b, Modifier.UNLESS), modifier(b, Modifier.NEEDS), triggers(b), exceptTriggers(b),
                when(b)));
    }

    private static TextRule.Target target(String kind) {
        return switch (kind) {
            case "regex" -> TextRule.Target.CASED;
            case "hashtags" -> TextRule.Target.HASHTAGS;
            default -> TextRule.Target.WORDS;
        };
    }

    private static Pattern match(Block b) {
        return switch (b.kind) {
            case "regex" -> compileRegex(b.items);
            case "hashtags" -> hashtagPattern(b.items);
            default -> PhrasePattern.compile(b.items, 0);
        };
    }

    /** Word prefixes a caption needs for the rule to have a chance; null for regex rules (always run). */
    private static TriggerPrefixes triggers(Block b) {
        return switch (b.kind) {
            case "regex" -> null;
            case "hashtags" -> TriggerPrefixes.ofPhrases(b.items.stream()
                    .map(n -> (n.startsWith("#") ? n.substring(1) : n).replace("_", "")).toList()).orElse(null);
            default -> TriggerPrefixes.ofPhrases(b.items).orElse(null);
        };
    }

    /** Exceptions are phrases matched without regard to case: exact on the lower-case word text only. */
    private static TriggerPrefixes exceptTriggers(Block b) {
        List<String> except = b.modifiers.get(Modifier.EXCEPT);
        if (except == null || b.kind.equals("regex")) {
            return null;
        }
        return TriggerPrefixes.ofPhrases(except).orElse(null);
    }

    private static Pattern when(Block b) {
        List<String> when = b.modifiers.get(Modifier.WHEN);
        return when == null ? null : compileRegex(when);
    }

    private static Pattern modifier(Block b, Modifier which) {
        List<String> phrases = b.modifiers.get(which);
        return phrases == null ? null : PhrasePattern.compile(phrases, MODIFIER_FLAGS);
    }

    private static Pattern compileRegex(List<String> regexes) {
        List<String> groups = regexes.stream().map(r -> "(?:" + r + ")").toList();
        try {
            return Pattern.compile(String.join("|", groups));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad regex: " + e.getDescription() + " in " + e.getPattern(), e);
        }
    }

    private static Pattern hashtagPattern(List<String> names) {
        List<String> quoted = names.stream()
                .map(n -> TextFolding.fold(n.startsWith("#") ? n.substring(1) : n).replace("_", ""))
                .map(Pattern::quote)
                .toList();
        return Pattern.compile("(?<!\\S)(?:" + String.join("|", quoted) + ")(?!\\S)");
    }

    private String expand(String regex) {
        Matcher m = MACRO.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = macros.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("unknown macro {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> split(String alternatives) {
        List<String> items = new ArrayList<>();
        for (String item : BAR.split(alternatives)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}

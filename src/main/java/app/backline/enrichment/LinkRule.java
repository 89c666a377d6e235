package app.backline.enrichment;

import app.backline.domain.Tag;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * A link rule of {@code tag-rules.txt}: a host, optionally followed by a path prefix.
 * <ul>
 *   <li>{@code ra.co} matches the host {@code ra.co} and every subdomain of it ({@code www.} is ignored);</li>
 *   <li>{@code shop.*} matches every host whose first label is {@code shop} ({@code shop.band.com}), and also
 *       a name under any top-level domain ({@code eventim.*} matches {@code eventim.de} and {@code eventim.co.uk});</li>
 *   <li>{@code *} matches any host; it is only useful with a path ({@code *}{@code /tour});</li>
 *   <li>a path ({@code ra.co/events}) must start the link's path, compared without case.</li>
 * </ul>
 * A link gets the tag of the most specific rule that matches it: a named host ({@code ra.co}) before a
 * first-label host ({@code shop.*}) before any host; with the same kind of host, a rule with a path before one
 * without; among equals, the first written. So {@code ra.co/events} beats {@code ra.co}, and
 * {@code shop.band.com/tour-hoodie} is a store link rather than a tour link.
 *
 * @param tag     the tag the rule gives
 * @param pattern the rule as written
 * @param source  where it was written, for test messages
 */
record LinkRule(Tag tag, String pattern, String source) {

    /** Most specific first. */
    static final Comparator<LinkRule> MOST_SPECIFIC_FIRST =
            Comparator.comparingInt(LinkRule::specificity).reversed();

    LinkRule {
        Objects.requireNonNull(tag, "tag");
        pattern = pattern.trim().toLowerCase(Locale.ROOT);
        if (pattern.isEmpty() || pattern.contains(" ") || pattern.startsWith("/")) {
            throw new IllegalArgumentException("Not a link pattern: '" + pattern + "'");
        }
        if (pattern.equals("*")) {
            throw new IllegalArgumentException("A link pattern on any host needs a path: '*'");
        }
    }

    /** True when {@code link} is covered by this rule. */
    boolean matches(Links.HostPath link) {
        return hostMatches(link.host()) && link.path().toLowerCase(Locale.ROOT).startsWith(path());
    }

    private boolean hostMatches(String linkHost) {
        String host = host();
        if (host.equals("*")) {
            return true;
        }
        if (host.endsWith(".*")) {
            return linkHost.startsWith(host.substring(0, host.length() - 1));
        }
        return linkHost.equals(host) || linkHost.endsWith("." + host);
    }

    private String host() {
        int slash = pattern.indexOf('/');
        return slash < 0 ? pattern : pattern.substring(0, slash);
    }

    private String path() {
        int slash = pattern.indexOf('/');
        return slash < 0 ? "" : pattern.substring(slash);
    }

    private int specificity() {
        int hostRank = host().equals("*") ? 0 : host().endsWith(".*") ? 1 : 2;
        return hostRank * 10 + (path().isEmpty() ? 0 : 1);
    }
}

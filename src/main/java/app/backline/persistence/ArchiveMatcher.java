package app.backline.persistence;

import app.backline.domain.ConnectionType;
import app.backline.domain.ExternalIds;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.persistence.entity.AccountEntity;
import app.backline.persistence.entity.PostEntity;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * Joins a live account's posts to the archive rows of the same post, before the page is upserted: an
 * archive row found here takes the platform's post id, so the upsert by (platform, id) updates it in place
 * instead of adding a twin. X, YouTube and TikTok archives already carry the platform's ids. Instagram
 * archives have none: their rows are {@code archive:<importAccountId>:<epochSecond>} and match by posting
 * time to the second. LinkedIn archives know a post by the URN in its share link: they match by that URN
 * or by permalink. Only the artist's archive accounts of the same platform whose user id (else handle)
 * does not contradict the live account's are searched.
 */
final class ArchiveMatcher {

    private static final Pattern URN = Pattern.compile("urn:li:[A-Za-z]{1,20}:[A-Za-z0-9_,()-]{1,90}");

    private ArchiveMatcher() {
    }

    /** Rewrites the ids of matching archive rows to the drafts' platform ids; returns how many. */
    static int adopt(Session s, AccountEntity live, List<PostDraft> drafts) {
        if (live.platform() != Platform.INSTAGRAM && live.platform() != Platform.LINKEDIN) {
            return 0;
        }
        List<Long> archives = archiveAccounts(s, live);
        List<PostDraft> withIds = drafts.stream().filter(d -> d.externalPostId() != null).toList();
        if (archives.isEmpty() || withIds.isEmpty()) {
            return 0;
        }
        Map<PostEntity, String> matches = live.platform() == Platform.INSTAGRAM
                ? byPostingSecond(s, archives, withIds) : byUrnOrPermalink(s, archives, withIds);
        Set<String> taken = storedIds(s, live.platform(), new ArrayList<>(matches.values()));
        int adopted = 0;
        for (Map.Entry<PostEntity, String> m : matches.entrySet()) {
            if (taken.add(m.getValue())) { // never two rows with one id: a post already synced keeps its row
                m.getKey().adoptExternalId(m.getValue());
                adopted++;
            }
        }
        s.flush();
        return adopted;
    }

    private static Map<PostEntity, String> byPostingSecond(Session s, List<Long> archives, List<PostDraft> drafts) {
        Map<String, String> apiIdByArchiveId = new HashMap<>();
        for (Long archive : archives) {
            drafts.forEach(d -> apiIdByArchiveId.put(ExternalIds.archiveDerived(archive, d.postedAt()),
                    d.externalPostId()));
        }
        Map<PostEntity, String> out = new HashMap<>();
        rows(s, "p.externalPostId in (:ids)", "ids", apiIdByArchiveId.keySet(), Platform.INSTAGRAM)
                .forEach(row -> out.put(row, apiIdByArchiveId.get(row.externalPostId())));
        return out;
    }

    private static Map<PostEntity, String> byUrnOrPermalink(Session s, List<Long> archives, List<PostDraft> drafts) {
        Map<String, String> apiIdByKey = linkedInKeys(drafts);
        Map<PostEntity, String> out = new HashMap<>();
        for (PostEntity row : rows(s, "(p.externalPostId in (:keys) or p.permalink in (:keys))", "keys",
                new LinkedHashSet<>(apiIdByKey.keySet()), Platform.LINKEDIN)) {
            String apiId = apiIdByKey.get(row.externalPostId());
            if (apiId == null && row.permalink() != null) {
                apiId = apiIdByKey.getOrDefault(row.permalink(), apiIdByKey.get(decoded(row.permalink())));
            }
            if (archives.contains(row.accountId()) && apiId != null && !apiId.equals(row.externalPostId())) {
                out.put(row, apiId);
            }
        }
        return out;
    }

    /** Every way an archive row may name a draft's post: its URN, its permalink as given and decoded, the URN in it. */
    private static Map<String, String> linkedInKeys(List<PostDraft> drafts) {
        Map<String, String> apiIdByKey = new HashMap<>();
        for (PostDraft d : drafts) {
            apiIdByKey.put(d.externalPostId(), d.externalPostId());
            if (d.permalink() != null) {
                apiIdByKey.put(d.permalink(), d.externalPostId());
                apiIdByKey.put(decoded(d.permalink()), d.externalPostId());
                String urn = urn(d.permalink());
                if (urn != null) {
                    apiIdByKey.put(urn, d.externalPostId());
                }
            }
        }
        return apiIdByKey;
    }

    private static List<PostEntity> rows(Session s, String where, String name, Set<String> values,
                                         Platform platform) {
        return s.createSelectionQuery("from PostEntity p where p.platform = :pf and " + where, PostEntity.class)
                .setParameter("pf", platform).setParameter(name, List.copyOf(values)).getResultList();
    }

    private static Set<String> storedIds(Session s, Platform platform, List<String> ids) {
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(s.createSelectionQuery("select p.externalPostId from PostEntity p "
                        + "where p.platform = :pf and p.externalPostId in (:ids)", String.class)
                .setParameter("pf", platform).setParameter("ids", ids).getResultList());
    }

    /** The artist's archive accounts on the live account's platform that can be the same user. */
    private static List<Long> archiveAccounts(Session s, AccountEntity live) {
        return s.createSelectionQuery("from AccountEntity a where a.artistId = :a and a.platform = :p "
                        + "and a.connectionType = :t", AccountEntity.class)
                .setParameter("a", live.artistId()).setParameter("p", live.platform())
                .setParameter("t", ConnectionType.IMPORT).getResultList().stream()
                .filter(archive -> sameUser(archive, live)).map(AccountEntity::id).toList();
    }

    static boolean sameUser(AccountEntity archive, AccountEntity live) {
        if (archive.externalUserId() != null && live.externalUserId() != null) {
            return archive.externalUserId().equals(live.externalUserId());
        }
        if (archive.handle() != null && live.handle() != null) {
            return archive.handle().equalsIgnoreCase(live.handle());
        }
        return true;
    }

    private static String decoded(String link) {
        try {
            return URLDecoder.decode(link.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return link;
        }
    }

    private static String urn(String link) {
        Matcher m = URN.matcher(decoded(link));
        return m.find() ? m.group() : null;
    }
}

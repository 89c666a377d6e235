package app.backline.persistence;

import app.backline.domain.Media;
import app.backline.domain.Post;
import app.backline.persistence.entity.MediaItemEntity;
import app.backline.persistence.entity.PostEntity;
import app.backline.persistence.entity.PostMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/** Turns post rows into domain posts with their media and account handles: two extra queries per page. */
final class PostReader {

    private PostReader() {
    }

    static List<Post> toDomain(Session s, List<PostEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(PostEntity::id).toList();
        Map<Long, List<Media>> media = new HashMap<>();
        s.createSelectionQuery("from MediaItemEntity m where m.postId in (:ids) order by m.postId, m.position",
                        MediaItemEntity.class).setParameter("ids", ids).getResultList()
                .forEach(m -> media.computeIfAbsent(m.postId(), k -> new ArrayList<>()).add(m.toDomain()));
        Map<Long, String> handles = new HashMap<>();
        List<Long> accountIds = rows.stream().map(PostEntity::accountId).distinct().toList();
        s.createSelectionQuery("select a.id, a.handle from AccountEntity a where a.id in (:ids)", Object[].class)
                .setParameter("ids", accountIds).getResultList()
                .forEach(r -> handles.put((Long) r[0], (String) r[1]));
        List<Post> out = new ArrayList<>(rows.size());
        for (PostEntity row : rows) {
            out.add(PostMapper.toDomain(row, handles.get(row.accountId()), media.getOrDefault(row.id(), List.of())));
        }
        return out;
    }
}

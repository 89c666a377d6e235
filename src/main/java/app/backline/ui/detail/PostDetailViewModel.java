package app.backline.ui.detail;

import app.backline.domain.Media;
import app.backline.domain.Metrics;
import app.backline.domain.Post;
import app.backline.ui.common.Formats;
import app.backline.ui.common.LinkOpener;
import app.backline.ui.fx.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** Every field of the selected post, worded and formatted for the detail pane. */
public final class PostDetailViewModel {

    /** One labelled line. */
    public record Field(String label, String value) {
    }

    /** One media item: its type, and where its local copy is (or {@code null} when none is kept). */
    public record MediaLine(String type, String localCopy, String remoteUrl) {
        public boolean storedOffline() {
            return localCopy != null;
        }
    }

    /** The whole pane's content for one post. */
    public record Detail(Post post, String caption, String permalink, List<Field> facts, List<Field> metrics,
                         List<MediaLine> media, List<String> hashtags, List<String> mentions, List<String> links) {
    }

    private final ObjectProperty<Post> post = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>();
    private final Formats formats;
    private final Messages messages;
    private final LinkOpener links;
    private final Path dataDir;

    public PostDetailViewModel(Formats formats, Messages messages, LinkOpener links, Path dataDir) {
        this.formats = formats;
        this.messages = messages;
        this.links = links;
        this.dataDir = dataDir;
        post.subscribe(p -> detail.set(p == null ? null : describe(p)));
    }

    /** Opens the post on its platform in the system browser. */
    public void openPermalink() {
        Detail current = detail.get();
        if (current != null && current.permalink() != null) {
            links.open(current.permalink());
        }
    }

    /** Opens any address shown in the pane (links found in the caption). */
    public void open(String url) {
        links.open(url);
    }

    private Detail describe(Post p) {
        var entities = p.entities();
        return new Detail(p, p.caption(), blankToNull(p.permalink()), facts(p), metrics(p.metrics()), media(p),
                entities.hashtags(), entities.mentions(), entities.links());
    }

    private List<Field> facts(Post p) {
        List<Field> facts = new ArrayList<>();
        facts.add(field("detail.posted", formats.dateTime(p.postedAt())));
        facts.add(field("detail.fetched", formats.dateTime(p.fetchedAt())));
        facts.add(field("detail.kind", kind(p)));
        facts.add(field("detail.mediaType", messages.text("mediaType." + p.mediaType().name())));
        facts.add(field("detail.source", messages.text("ingestSource." + p.ingestSource().name())));
        facts.add(field("detail.externalId", p.externalPostId()));
        facts.add(field("detail.language", orUnknown(p.language())));
        facts.add(field("detail.visibility", orUnknown(p.visibility())));
        facts.add(field("detail.summary", p.summary() == null ? messages.text("detail.notYet") : p.summary()));
        facts.add(field("detail.ids", messages.format("detail.ids.value", p.id(), p.accountId(), p.artistId())));
        return facts;
    }

    private String kind(Post p) {
        if (p.reply() && p.repost()) {
            return messages.text("detail.kind.replyRepost");
        }
        return messages.text(p.reply() ? "detail.kind.reply" : p.repost() ? "detail.kind.repost" : "detail.kind.post");
    }

    private List<Field> metrics(Metrics m) {
        return List.of(metric("metric.likes", m.likes()), metric("metric.comments", m.comments()),
                metric("metric.shares", m.shares()), metric("metric.views", m.views()));
    }

    private Field metric(String key, Long value) {
        return field(key, value == null ? messages.text("detail.notReported") : formats.number(value));
    }

    private List<MediaLine> media(Post p) {
        List<MediaLine> lines = new ArrayList<>();
        for (Media m : p.media()) {
            String local = m.localPath() == null ? null : dataDir.resolve(m.localPath()).toString();
            lines.add(new MediaLine(messages.text("mediaType." + m.type().name()), local, m.remoteUrl()));
        }
        return lines;
    }

    private Field field(String key, String value) {
        return new Field(messages.text(key), value);
    }

    private String orUnknown(String value) {
        return value == null || value.isBlank() ? messages.text("detail.unknown") : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The post shown; bound to the feed's selection. */
    public ObjectProperty<Post> postProperty() {
        return post;
    }

    /** What the pane shows, {@code null} when no post is selected. */
    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }
}

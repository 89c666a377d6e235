package app.backline.importer;

import app.backline.domain.AccountIdentity;
import app.backline.domain.Platform;
import java.util.List;

/** Everything an {@link ArchiveReader} found: whose archive it is and its posts in file order. */
record ParsedArchive(AccountIdentity identity, List<ArchivePost> posts) {

    ParsedArchive {
        posts = List.copyOf(posts);
    }

    Platform platform() {
        return identity.platform();
    }
}

package app.backline.sync;

import app.backline.persistence.repository.SyncAccountRepository;
import app.backline.persistence.repository.SyncPostRepository;
import app.backline.persistence.repository.SyncRunRepository;
import java.util.Objects;

/** The repositories the sync engine writes to. */
public record SyncStore(SyncAccountRepository accounts, SyncRunRepository runs, SyncPostRepository posts) {

    public SyncStore {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(runs, "runs");
        Objects.requireNonNull(posts, "posts");
    }
}

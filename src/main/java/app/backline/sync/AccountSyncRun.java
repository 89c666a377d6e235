package app.backline.sync;

import app.backline.domain.SyncMode;
import app.backline.persistence.repository.SyncAccount;
import app.backline.platform.AccountProfile;
import app.backline.platform.ApiConnection;

/**
 * One sync run of one account: asks the platform who the token belongs to when the account has no user id
 * yet, then backfills (first sync, or resuming an interrupted one) or polls, then refreshes metrics on the
 * ladder. Throws what the platform or the store threw; the caller records the outcome.
 */
final class AccountSyncRun {

    private final RunContext run;
    private final SyncMode mode;

    /** @param mode BACKFILL while the account's backfill is not complete, else POLL or MANUAL */
    AccountSyncRun(RunContext run, SyncMode mode) {
        this.run = run;
        this.mode = mode;
    }

    void execute() {
        RunContext ready = run.account().account().externalUserId() == null ? withProfile(run) : run;
        PostPaging paging = new PostPaging(ready);
        if (mode == SyncMode.BACKFILL) {
            paging.backfill();
        } else {
            paging.poll();
        }
        new MetricsRefresh(ready).run();
    }

    private static RunContext withProfile(RunContext run) {
        run.activity().accept("Reading the profile");
        ApiConnection c = run.connection();
        AccountProfile profile = run.client().profile(c);
        run.store().accounts().saveProfile(run.accountId(), profile.externalUserId(), profile.handle(),
                profile.profileUrl());
        String handle = c.handle() != null ? c.handle() : profile.handle();
        return run.withConnection(new ApiConnection(c.accountId(), c.platform(), profile.externalUserId(), handle,
                c.accessToken(), c.variant(), c.meter()));
    }
}

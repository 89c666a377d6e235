package app.backline.testing;

import app.backline.accounts.AccountListing;
import app.backline.accounts.AccountRegistry;
import app.backline.accounts.AccountRequest;
import app.backline.common.UserFacingException;
import app.backline.domain.Account;
import app.backline.domain.ConnectionState;
import app.backline.domain.ConnectionType;
import app.backline.domain.Platform;
import app.backline.sync.AccountSyncState;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory account registry for UI tests, sharing its accounts with a {@link FakeSyncControl} (an added
 * account appears in the next snapshot as PENDING, as the engine would pick it up) and refusing what the
 * contract says it refuses, in plain words.
 */
public final class FakeAccountRegistry implements AccountRegistry {

    private final FakeSyncControl sync;
    private final Clock clock;
    private final Map<Long, String> artistNames = new ConcurrentHashMap<>();
    private final Map<Long, String> tokens = new ConcurrentHashMap<>();
    private final Map<Long, Integer> backfillDays = new ConcurrentHashMap<>();
    private long nextId = 1000;

    public FakeAccountRegistry(FakeSyncControl sync, Clock clock) {
        this.sync = sync;
        this.clock = clock;
    }

    /** Makes an artist known by id, as the roster would. */
    public FakeAccountRegistry artist(long id, String name) {
        artistNames.put(id, name);
        return this;
    }

    /** The token stored for an account (a real registry seals it; tests check what arrived). */
    /** The days of history asked for when the account was added, {@code null} for the global setting. */
    public Integer backfillDays(long accountId) {
        return backfillDays.get(accountId);
    }

    public String token(long accountId) {
        return tokens.get(accountId);
    }

    @Override
    public synchronized AccountListing add(AccountRequest request) {
        String token = request.accessToken() == null ? "" : request.accessToken().strip();
        if (token.isEmpty()) {
            throw new UserFacingException("Paste the access token the platform gave you");
        }
        if (request.externalUserId() == null
                && (request.platform() == Platform.INSTAGRAM || request.platform() == Platform.LINKEDIN)) {
            throw new UserFacingException(request.platform().displayName() + " needs the account’s user id");
        }
        long artistId = Objects.requireNonNull(request.artist().id(), "the UI adds accounts by artist id");
        String handle = request.handle() != null ? request.handle() : handleOf(request.profileUrl());
        boolean taken = list(artistId).stream().map(AccountListing::account).anyMatch(a ->
                a.platform() == request.platform() && Objects.equals(a.handle(), handle));
        if (taken) {
            throw new UserFacingException(request.platform().displayName() + " @" + handle
                    + " is already connected for " + artistNames.get(artistId));
        }
        Account account = new Account(nextId++, artistId, request.platform(), request.externalUserId(), handle,
                request.profileUrl(), ConnectionType.MANUAL, ConnectionState.PENDING, null, null);
        String hint = "…" + token.substring(Math.max(0, token.length() - 4));
        tokens.put(account.id(), token);
        if (request.backfillDays() != null) {
            backfillDays.put(account.id(), request.backfillDays());
        }
        sync.put(new AccountSyncState(account, artistNames.get(artistId), clock.instant(), false, false, null,
                null, hint));
        return new AccountListing(account, artistNames.get(artistId), hint);
    }

    @Override
    public List<AccountListing> list(Long artistId) {
        return sync.status().accounts().stream()
                .filter(s -> artistId == null || s.account().artistId() == artistId)
                .map(s -> new AccountListing(s.account(), s.artistName(), s.tokenHint()))
                .sorted(Comparator.comparing(AccountListing::artistName)
                        .thenComparing(l -> l.account().platform())
                        .thenComparing(l -> String.valueOf(l.account().handle())))
                .toList();
    }

    @Override
    public void remove(long accountId) {
        if (sync.state(accountId) == null) {
            throw new UserFacingException("That account is no longer connected");
        }
        tokens.remove(accountId);
        sync.removeAccount(accountId);
    }

    private static String handleOf(String profileUrl) {
        if (profileUrl == null) {
            return null;
        }
        String[] parts = profileUrl.replaceAll("/+$", "").split("/");
        return parts[parts.length - 1].replaceFirst("^@", "");
    }
}

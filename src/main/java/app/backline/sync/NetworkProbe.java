package app.backline.sync;

import app.backline.domain.ConnectionState;
import app.backline.domain.Platform;
import app.backline.persistence.repository.SyncAccount;
import app.backline.platform.ApiException;
import app.backline.platform.OfflineException;
import app.backline.platform.PlatformClient;
import app.backline.platform.PlatformUnavailableException;
import app.backline.platform.RequestBudgets;
import java.io.IOException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Checks the network while offline with one cheap real call: the profile of one connected account,
 * preferring platforms whose calls cost least (TikTok, Instagram, LinkedIn, then YouTube's quota, then X's
 * paid requests). Any answer from the platform, even an error, means the network is back; no answer
 * (unreachable host, connection cut, timeout) from one platform moves on to the next platform; only when no
 * platform answers is the network still down.
 */
final class NetworkProbe implements BooleanSupplier {

    private static final List<Platform> CHEAPEST_FIRST = List.of(Platform.TIKTOK, Platform.INSTAGRAM,
            Platform.LINKEDIN, Platform.YOUTUBE, Platform.X);

    private final Map<Platform, PlatformClient> clients;
    private final RequestBudgets budgets;
    private final AccountConnections connections;
    private final Supplier<List<SyncAccount>> live;

    NetworkProbe(Map<Platform, PlatformClient> clients, RequestBudgets budgets, AccountConnections connections,
                 Supplier<List<SyncAccount>> live) {
        this.clients = clients;
        this.budgets = budgets;
        this.connections = connections;
        this.live = live;
    }

    @Override
    public boolean getAsBoolean() {
        List<SyncAccount> candidates = live.get().stream()
                .filter(a -> clients.containsKey(a.account().platform()))
                .filter(a -> a.state() != ConnectionState.DISCONNECTED)
                // accounts whose last run failed come last: a stalled platform would hold the probe for minutes
                .sorted(Comparator.comparing((SyncAccount a) -> a.state() == ConnectionState.ERROR)
                        .thenComparingInt(a -> CHEAPEST_FIRST.indexOf(a.account().platform())))
                .toList();
        Set<Platform> unreachable = EnumSet.noneOf(Platform.class);
        for (SyncAccount a : candidates) {
            Platform platform = a.account().platform();
            if (unreachable.contains(platform)) {
                continue;
            }
            try {
                clients.get(platform).profile(connections.open(a, budgets.meter(a.id(), platform)));
                return true;
            } catch (TokenUnavailableException unusable) {
                // try the next account
            } catch (OfflineException | PlatformUnavailableException e) {
                if (e instanceof PlatformUnavailableException && !(e.getCause() instanceof IOException)) {
                    return true; // a 5xx is an answer
                }
                // one platform down or stalled must not keep the app offline while others answer
                unreachable.add(platform);
            } catch (ApiException answered) {
                return true;
            }
        }
        return unreachable.isEmpty(); // nothing left to probe with: nothing is kept waiting
    }
}

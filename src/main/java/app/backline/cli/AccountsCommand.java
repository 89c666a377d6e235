package app.backline.cli;

import app.backline.accounts.AccountListing;
import app.backline.accounts.AccountRequest;
import app.backline.common.UserFacingException;
import app.backline.domain.Account;
import app.backline.domain.ArtistRef;
import app.backline.domain.Platform;
import app.backline.roster.RosterService;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code backline accounts add|list|remove}: the artists' connected platform accounts. The access token is
 * read from standard input only ({@code --token-stdin}), so it never lands in shell history or a process
 * list, and is never printed: lists show its last four characters at most.
 */
@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = "Connect, list and remove the artists' platform accounts.")
final class AccountsCommand {

    private final CliContext context;

    AccountsCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Connect an account with an access token read from standard input.")
    int add(@Option(names = "--artist", required = true, paramLabel = "NAME",
                    description = "Whose account this is; the artist is created when missing.") String artist,
            @Option(names = "--platform", required = true, paramLabel = "P",
                    description = "instagram, tiktok, youtube, x or linkedin.") Platform platform,
            @Option(names = "--user-id", paramLabel = "ID", description = "The platform's user id; needed for "
                    + "LinkedIn (author URN) and Facebook-login Instagram, asked of the platform otherwise.")
            String userId,
            @Option(names = "--handle", paramLabel = "H", description = "User name, without '@'.") String handle,
            @Option(names = "--profile-url", paramLabel = "URL", description = "The profile's address.") String url,
            @Option(names = "--variant", paramLabel = "V",
                    description = "Instagram only: facebook for tokens from Facebook Login.") String variant,
            @Option(names = "--backfill-days", paramLabel = "N", description = "Days of history the first sync "
                    + "fetches, 1-365 (default 30).") Integer backfillDays,
            @Option(names = "--token-stdin", required = true,
                    description = "Read the access token from standard input (required).") boolean tokenStdin)
            throws IOException {
        AccountRequest request = new AccountRequest(ArtistRef.byName(RosterService.validName(artist)), platform,
                userId, handle, url, readToken(), variant, backfillDays);
        AccountListing added = context.session().accounts().add(request);
        Account a = added.account();
        context.out().println("Added account " + a.id() + ": " + a.platform().key() + " " + who(a) + " for \""
                + added.artistName() + "\" (token " + added.tokenHint() + "), " + a.state() + " until its first sync");
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the accounts by artist, platform and handle; never a token.")
    int list(@Option(names = "--json", description = "One JSON array of {id, artist, platform, handle, "
            + "externalUserId, state, lastSyncedAt, lastError, …}.") boolean asJson,
             @Option(names = "--artist", paramLabel = "NAME", description = "Only this artist's accounts.")
             String artist) throws IOException {
        Long artistId = artist == null ? null : context.requireArtist(artist).id();
        List<AccountListing> accounts = context.session().accounts().list(artistId);
        if (asJson) {
            CliJson.array(context.out(), accounts, AccountsCommand::json);
        } else if (accounts.isEmpty()) {
            context.out().println("No accounts yet. Connect one with: backline accounts add --artist NAME "
                    + "--platform P --token-stdin");
        } else {
            context.out().print(TextTable.render(List.of("ID", "ARTIST", "PLATFORM", "HANDLE", "TYPE", "STATE",
                    "LAST SYNCED", "ERROR"), accounts.stream().map(AccountsCommand::row).toList()));
        }
        return 0;
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Disconnect an account and delete its tokens; its posts stay in the artist's feed.")
    int remove(@Parameters(paramLabel = "ID", description = "The account's id (see 'backline accounts list').")
               long accountId) {
        AccountListing gone = context.session().accounts().list(null).stream()
                .filter(l -> l.account().id() == accountId).findFirst()
                .orElseThrow(() -> new UserFacingException("There is no account " + accountId
                        + " (see 'backline accounts list')"));
        context.session().accounts().remove(accountId);
        context.out().println("Removed account " + accountId + " (" + gone.account().platform().key() + " "
                + who(gone.account()) + "); its posts stay in the feed of \"" + gone.artistName() + "\"");
        return 0;
    }

    private String readToken() throws IOException {
        for (String line = context.in().readLine(); line != null; line = context.in().readLine()) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        throw new UserFacingException("No access token on standard input: pipe it in, "
                + "e.g. backline accounts add … --token-stdin < token.txt");
    }

    private static String who(Account a) {
        return a.handle() != null ? "@" + a.handle() : a.externalUserId() != null ? "user " + a.externalUserId()
                : "(handle unknown until the first sync)";
    }

    private static List<String> row(AccountListing l) {
        Account a = l.account();
        return List.of(Long.toString(a.id()), l.artistName(), a.platform().key(),
                a.handle() == null ? "-" : "@" + a.handle(), a.connectionType().name(), a.state().name(),
                a.lastSyncedAt() == null ? "never" : a.lastSyncedAt().toString(),
                a.lastError() == null ? "" : a.lastError());
    }

    private static void json(JsonGenerator json, AccountListing l) throws IOException {
        Account a = l.account();
        json.writeNumberField("id", a.id());
        json.writeNumberField("artistId", a.artistId());
        json.writeStringField("artist", l.artistName());
        json.writeStringField("platform", a.platform().key());
        json.writeStringField("handle", a.handle());
        json.writeStringField("externalUserId", a.externalUserId());
        json.writeStringField("profileUrl", a.profileUrl());
        json.writeStringField("connectionType", a.connectionType().name());
        json.writeStringField("state", a.state().name());
        CliJson.instant(json, "lastSyncedAt", a.lastSyncedAt());
        json.writeStringField("lastError", a.lastError());
        json.writeStringField("tokenHint", l.tokenHint());
    }
}

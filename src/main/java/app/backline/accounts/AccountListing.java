package app.backline.accounts;

import app.backline.domain.Account;

/**
 * An account as lists show it.
 *
 * @param tokenHint "…wxyz" (last four characters at most) or {@code null} for archive-only accounts
 */
public record AccountListing(Account account, String artistName, String tokenHint) {
}

package app.backline.platform;

/**
 * The limits Backline keeps to on one platform.
 *
 * @param perAccount what one account may spend (per-user limits), {@code null} for none
 * @param shared     what all accounts of the label's app spend together (per-app limits and project
 *                   quotas such as YouTube's daily units), {@code null} for none
 */
public record PlatformBudget(BudgetLimit perAccount, BudgetLimit shared) {

    public static final PlatformBudget UNLIMITED = new PlatformBudget(null, null);
}

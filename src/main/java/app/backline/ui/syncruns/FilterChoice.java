package app.backline.ui.syncruns;

/**
 * One entry of a filter's drop-down: a value, or {@code null} for "all", with its label.
 *
 * @param value the artist id, account id or run status to filter by; {@code null} does not filter
 */
public record FilterChoice<T>(T value, String label) {

    public boolean all() {
        return value == null;
    }

    @Override
    public String toString() {
        return label;
    }
}

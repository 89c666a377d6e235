package app.backline.network;

/** The proxy choice, kept in the data directory (the password sealed by the vault). Thread-safe. */
public interface NetworkSettings {

    ProxySettings proxy();

    /**
     * Stores and applies the choice: the next platform request uses it.
     *
     * @throws app.backline.common.UserFacingException when MANUAL lacks a host or a port in 1–65535, or the file cannot be written
     */
    void saveProxy(ProxySettings proxy);
}

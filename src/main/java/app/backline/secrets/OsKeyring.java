package app.backline.secrets;

import java.util.Optional;

/** The OS's store of secrets, reduced to what the vault needs: one text value per entry name. */
interface OsKeyring {

    /**
     * @return the entry's value, empty when there is no such entry
     * @throws KeyringUnavailableException when there is no keyring, it is locked, or it does not answer
     */
    Optional<String> read(String entry);

    /** Creates or replaces the entry. @throws KeyringUnavailableException as {@link #read} */
    void write(String entry, String secret);

    /** Removes the entry if there is one; never throws. */
    void delete(String entry);

    /** Plain words for messages, e.g. "OS keyring". */
    String describe();
}

package app.backline.persistence.repository;

import app.backline.domain.Account;
import java.util.List;

/** Social accounts of the roster's artists. */
public interface AccountRepository {

    /** The artist's accounts ordered by platform, then handle. */
    List<Account> findByArtist(long artistId);
}

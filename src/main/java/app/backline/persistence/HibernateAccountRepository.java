package app.backline.persistence;

import app.backline.domain.Account;
import app.backline.persistence.entity.AccountEntity;
import app.backline.persistence.repository.AccountRepository;
import java.util.List;
import org.hibernate.SessionFactory;

/** {@link AccountRepository} over Hibernate. */
final class HibernateAccountRepository implements AccountRepository {

    private final SessionFactory sessions;

    HibernateAccountRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<Account> findByArtist(long artistId) {
        return sessions.fromSession(s -> s
                .createSelectionQuery("from AccountEntity a where a.artistId = :a order by a.platform, a.handle",
                        AccountEntity.class)
                .setParameter("a", artistId).getResultList().stream().map(AccountEntity::toDomain).toList());
    }
}

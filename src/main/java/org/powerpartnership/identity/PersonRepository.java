package org.powerpartnership.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PersonRepository {

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new person; {@code verifiedAt} is null while the address waits for its owner to confirm it. */
    void insert(Person person, Instant verifiedAt) {
        jdbc.sql("insert into person (user_id, email, display_name, created_at) values (?, ?, ?, ?)")
                .params(person.userId(), person.email(), person.displayName(), Timestamp.from(person.createdAt()))
                .update();
        if (verifiedAt != null) {
            markVerified(person.userId(), verifiedAt);
        }
    }

    void markVerified(String userId, Instant at) {
        jdbc.sql("update person set email_verified_at = ? where user_id = ? and email_verified_at is null")
                .params(Timestamp.from(at), userId).update();
    }

    /** True only for a person whose address is not confirmed yet; accounts with no person row never wait. */
    boolean awaitsVerification(String userId) {
        return jdbc.sql("select count(*) from person where user_id = ? and email_verified_at is null")
                .param(userId).query(Long.class).single() > 0;
    }

    Optional<Person> findByUserId(String userId) {
        return jdbc.sql("select user_id, email, display_name, created_at from person where user_id = ?")
                .param(userId).query(PersonRepository::map).optional();
    }

    Optional<Person> findByEmail(String email) {
        return jdbc.sql("select user_id, email, display_name, created_at from person where email = ?")
                .param(email).query(PersonRepository::map).optional();
    }

    void updateDisplayName(String userId, String displayName) {
        jdbc.sql("update person set display_name = ? where user_id = ?").params(displayName, userId).update();
    }

    void delete(String userId) {
        jdbc.sql("delete from person where user_id = ?").param(userId).update();
    }

    private static Person map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Person(rs.getString("user_id"), rs.getString("email"), rs.getString("display_name"),
                rs.getTimestamp("created_at").toInstant());
    }
}

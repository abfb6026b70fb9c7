package org.powerpartnership.identity;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PersonRepository {

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Person person) {
        jdbc.sql("insert into person (user_id, email, display_name, created_at) values (?, ?, ?, ?)")
                .params(person.userId(), person.email(), person.displayName(), Timestamp.from(person.createdAt()))
                .update();
    }

    Optional<Person> findByUserId(String userId) {
        return jdbc.sql("select user_id, email, display_name, created_at from person where user_id = ?")
                .param(userId).query(PersonRepository::map).optional();
    }

    Optional<Person> findByEmail(String email) {
        return jdbc.sql("select user_id, email, display_name, created_at from person where email = ?")
                .param(email).query(PersonRepository::map).optional();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("select count(*) from person where email = ?").param(email).query(Long.class).single() > 0;
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

package org.powerpartnership.identity;

import java.util.List;
import java.util.Locale;

import org.powerpartnership.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people who hold a role by part of their name or address, a page at a time: for pickers that must not load
 * every account (a council has thousands of residents, hundreds of panel members).
 */
@Service
public class PeopleSearch {

    private final JdbcClient jdbc;
    private final AccountService accounts;

    PeopleSearch(JdbcClient jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<SignedInUser> holdersOf(String role, String filter, int offset, int limit) {
        String like = "%" + (filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return jdbc.sql("select p.user_id from person p join act_id_membership m on m.user_id_ = p.user_id "
                        + "where m.group_id_ = ? and (lower(p.display_name) like ? escape '\\' "
                        + "or p.email like ? escape '\\') order by p.display_name, p.user_id limit ? offset ?")
                .params(role, like, like, limit, offset).query(String.class).list().stream()
                .map(accounts::signedInUser).toList();
    }
}

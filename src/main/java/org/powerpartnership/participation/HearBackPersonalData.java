package org.powerpartnership.participation;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.Person;
import org.powerpartnership.shared.PersonalDataHolder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking to hear back, in "My data": each request made with the person's account, and any made on paper or with a
 * partner's help under their account's address. Erasure deletes them all (someone who is erased is not told). Runs
 * before the account itself is erased, while its address is still known.
 */
@Component
@Order(5)
class HearBackPersonalData implements PersonalDataHolder {

    private static final String MINE = "from hear_back h join consultation c on c.id = h.consultation_id "
            + "where h.user_id = ? or (h.email is not null and h.email = ?)";

    private final JdbcClient jdbc;
    private final AccountService accounts;

    HearBackPersonalData(JdbcClient jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public String section() {
        return "hearBack";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String userId) {
        List<Map<String, Object>> requests = jdbc.sql("select c.title, h.email, h.language, h.consent_wording, "
                        + "h.asked_at, h.told_at " + MINE + " order by h.asked_at")
                .params(userId, email(userId))
                .query((rs, row) -> {
                    Map<String, Object> request = new LinkedHashMap<>();
                    request.put("consultation", rs.getString("title"));
                    request.put("tellAt", rs.getString("email") == null ? "your account's email address"
                            : rs.getString("email"));
                    request.put("language", rs.getString("language"));
                    if (rs.getString("consent_wording") != null) {
                        request.put("agreement", rs.getString("consent_wording"));
                    }
                    request.put("askedAt", rs.getTimestamp("asked_at").toInstant().toString());
                    Timestamp told = rs.getTimestamp("told_at");
                    request.put("toldAt", told == null ? null : told.toInstant().toString());
                    return request;
                }).list();
        return requests;
    }

    @Override
    @Transactional
    public void erase(String userId) {
        jdbc.sql("delete from hear_back where user_id = ? or (email is not null and email = ?)")
                .params(userId, email(userId)).update();
    }

    /** The account's address as stored with a request (lower case), or one that matches nothing. */
    private String email(String userId) {
        return accounts.person(userId).map(Person::email).filter(address -> !address.isBlank())
                .map(address -> address.strip().toLowerCase(Locale.ROOT)).orElse("");
    }
}

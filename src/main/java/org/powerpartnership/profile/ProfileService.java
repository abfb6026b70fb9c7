package org.powerpartnership.profile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.LanguagePreferences;
import org.powerpartnership.shared.OneLineText;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's profile: how to reach them, their area, language and needs, optional equality monitoring, and the
 * consent they gave. Every rule is checked here, all at once, so a screen can mark each field; a resident only
 * ever reads and writes their own profile.
 */
@Service
public class ProfileService implements LanguagePreferences {

    /** The consent wording in force; its text is {@code profile.consent.<version>} in the bundles. */
    public static final String CONSENT_VERSION = "v1";
    public static final List<String> SCREEN_LANGUAGES = List.of("en", "cy");

    /** Royal Mail's shape of a UK postcode (outward code, a space, inward code). */
    private static final Pattern POSTCODE = Pattern.compile(
            "^(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKMNP-Z]? ?[0-9][ABD-HJLNP-UW-Z]{2})$");
    private static final Pattern WARD = Pattern.compile("^[\\p{L}][\\p{L} '’.,&-]{1,59}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{7,20}$");
    private static final String COLUMNS = "user_id, full_name, contact_preference, phone, postal_address, area, "
            + "area_kind, language, language_other, access_needs, access_notes, age_band, sex, ethnicity, disability, "
            + "caring, consent_version, consent_wording, consented_at, ui_language, updated_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    ProfileService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ResidentProfile> profileOf(SignedInUser who) {
        requireResident(who);
        return find(who.userId());
    }

    /** Checks every answer and saves them all, or nothing; consent keeps its first date while its wording stands. */
    @Transactional
    public ResidentProfile save(SignedInUser who, ProfileAnswers answers) {
        requireResident(who);
        Cleaned clean = validate(answers);
        Instant now = clock.instant();
        Optional<ResidentProfile> existing = find(who.userId());
        Instant consentedAt = existing
                .filter(p -> p.consentedAt() != null && CONSENT_VERSION.equals(p.consentVersion())
                        && answers.consentWording().equals(p.consentWording()))
                .map(ResidentProfile::consentedAt).orElse(now);
        if (existing.isEmpty()) {
            jdbc.sql("insert into resident_profile (user_id, updated_at) values (?, ?)")
                    .params(who.userId(), Timestamp.from(now)).update();
        }
        jdbc.sql("update resident_profile set full_name = ?, contact_preference = ?, phone = ?, postal_address = ?, "
                        + "area = ?, area_kind = ?, language = ?, language_other = ?, access_needs = ?, "
                        + "access_notes = ?, age_band = ?, sex = ?, ethnicity = ?, disability = ?, caring = ?, "
                        + "consent_version = ?, consent_wording = ?, consented_at = ?, updated_at = ? "
                        + "where user_id = ?")
                .params(clean.fullName, answers.contactPreference(), clean.phone, clean.postalAddress, clean.area,
                        clean.areaKind, answers.language(), clean.languageOther,
                        String.join(",", new TreeSet<>(answers.accessNeeds())), clean.accessNotes,
                        answers.ageBand(), answers.sex(), answers.ethnicity(), answers.disability(), answers.caring(),
                        CONSENT_VERSION, answers.consentWording(), Timestamp.from(consentedAt), Timestamp.from(now),
                        who.userId())
                .update();
        return find(who.userId()).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> chosenLanguage(String userId) {
        return jdbc.sql("select ui_language from resident_profile where user_id = ?").param(userId)
                .query(String.class).optional().filter(SCREEN_LANGUAGES::contains);
    }

    /** Remembers the screen language; anyone signed in may keep one (the row then holds only that). */
    @Override
    @Transactional
    public void choose(String userId, String language) {
        if (!SCREEN_LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Not a screen language: " + language);
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update resident_profile set ui_language = ?, updated_at = ? where user_id = ?")
                .params(language, now, userId).update();
        if (updated == 0) {
            jdbc.sql("insert into resident_profile (user_id, ui_language, updated_at) values (?, ?, ?)")
                    .params(userId, language, now).update();
        }
    }

    Optional<ResidentProfile> find(String userId) {
        return jdbc.sql("select " + COLUMNS + " from resident_profile where user_id = ?").param(userId)
                .query(ProfileService::map).optional();
    }

    void delete(String userId) {
        jdbc.sql("delete from resident_profile where user_id = ?").param(userId).update();
    }

    private record Cleaned(String fullName, String phone, String postalAddress, String area, String areaKind,
                           String languageOther, String accessNotes) {
    }

    private static Cleaned validate(ProfileAnswers a) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = strip(a.fullName());
        if (!OneLineText.isOneLine(name)) {
            problems.add(FieldProblem.of("fullName", OneLineText.MESSAGE_KEY));
        } else if (name == null) {
            problems.add(FieldProblem.of("fullName", "profile.fullName.required"));
        } else if (name.length() < 2 || name.length() > 100) {
            problems.add(FieldProblem.of("fullName", "profile.fullName.length", 2, 100));
        }
        String phone = strip(a.phone());
        String address = strip(a.postalAddress());
        if (a.contactPreference() == null || !ProfileOptions.CONTACT.contains(a.contactPreference())) {
            problems.add(FieldProblem.of("contactPreference", "profile.contact.required"));
        } else if ("phone".equals(a.contactPreference()) && phone == null) {
            problems.add(FieldProblem.of("phone", "profile.phone.required"));
        } else if ("post".equals(a.contactPreference()) && address == null) {
            problems.add(FieldProblem.of("postalAddress", "profile.address.required"));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(FieldProblem.of("phone", "profile.phone.invalid"));
        }
        if (address != null && address.length() > 300) {
            problems.add(FieldProblem.of("postalAddress", "profile.address.length", 300));
        }
        String area = strip(a.area());
        String areaKind = null;
        if (area != null) {
            if (area.chars().anyMatch(Character::isDigit)) {
                String postcode = normalisePostcode(area);
                if (POSTCODE.matcher(postcode).matches()) {
                    area = postcode;
                    areaKind = "postcode";
                } else {
                    problems.add(FieldProblem.of("area", "profile.area.postcode"));
                }
            } else if (WARD.matcher(area).matches()) {
                areaKind = "ward";
            } else {
                problems.add(FieldProblem.of("area", "profile.area.ward"));
            }
        }
        String languageOther = strip(a.languageOther());
        if (a.language() == null || !ProfileOptions.LANGUAGE.contains(a.language())) {
            problems.add(FieldProblem.of("language", "profile.language.required"));
        } else if ("other".equals(a.language())) {
            if (languageOther == null) {
                problems.add(FieldProblem.of("languageOther", "profile.languageOther.required"));
            } else if (languageOther.length() > 60) {
                problems.add(FieldProblem.of("languageOther", "profile.languageOther.length", 60));
            }
        } else {
            languageOther = null;
        }
        if (!ProfileOptions.ACCESS.containsAll(a.accessNeeds())) {
            problems.add(FieldProblem.of("accessNeeds", "profile.answer.unknown"));
        }
        String notes = strip(a.accessNotes());
        if (notes != null && notes.length() > 1000) {
            problems.add(FieldProblem.of("accessNotes", "profile.accessNotes.length", 1000));
        }
        optional(problems, "ageBand", a.ageBand(), ProfileOptions.AGE_BAND);
        optional(problems, "sex", a.sex(), ProfileOptions.SEX);
        optional(problems, "ethnicity", a.ethnicity(), ProfileOptions.ETHNICITY);
        optional(problems, "disability", a.disability(), ProfileOptions.DISABILITY);
        optional(problems, "caring", a.caring(), ProfileOptions.CARING);
        if (!a.consentGiven()) {
            problems.add(FieldProblem.of("consent", "profile.consent.required"));
        } else if (!CONSENT_VERSION.equals(a.consentVersion()) || strip(a.consentWording()) == null) {
            throw new IllegalArgumentException("Consent must be given to the current wording " + CONSENT_VERSION);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Cleaned(name, phone, address, area, areaKind, languageOther, notes);
    }

    private static void optional(List<FieldProblem> problems, String field, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            problems.add(FieldProblem.of(field, "profile.answer.unknown"));
        }
    }

    static String normalisePostcode(String typed) {
        String compact = typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " "
                + compact.substring(compact.length() - 3) : compact;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void requireResident(SignedInUser who) {
        if (who == null || !who.hasRole(Roles.RESIDENT)) {
            throw new AccessDeniedException("Only a resident has a profile");
        }
    }

    private static ResidentProfile map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String needs = rs.getString("access_needs");
        Timestamp consented = rs.getTimestamp("consented_at");
        return new ResidentProfile(rs.getString("user_id"), rs.getString("full_name"),
                rs.getString("contact_preference"), rs.getString("phone"), rs.getString("postal_address"),
                rs.getString("area"), rs.getString("area_kind"), rs.getString("language"),
                rs.getString("language_other"),
                needs == null || needs.isEmpty() ? Set.of() : Arrays.stream(needs.split(","))
                        .collect(Collectors.toUnmodifiableSet()),
                rs.getString("access_notes"), rs.getString("age_band"), rs.getString("sex"),
                rs.getString("ethnicity"), rs.getString("disability"), rs.getString("caring"),
                rs.getString("consent_version"), rs.getString("consent_wording"),
                consented == null ? null : consented.toInstant(), rs.getString("ui_language"),
                rs.getTimestamp("updated_at").toInstant());
    }
}

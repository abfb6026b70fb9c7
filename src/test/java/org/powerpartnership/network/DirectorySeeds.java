package org.powerpartnership.network;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Organisations as the directory keeps them, with everything Open Referral UK can carry and a named contact it must
 * not (the directory's own screens are another part of issue 13; these tests need only the rows).
 */
final class DirectorySeeds {

    static final String CONTACT_NAME = "Amira Okafor-Shah";
    static final String CONTACT_EMAIL = "amira.private@example.net";

    private DirectorySeeds() {
    }

    static Organisation fullyDescribed(NetworkService network, JdbcClient jdbc, String name) {
        Organisation organisation = network.findOrCreate(name, OrganisationKind.COMMUNITY_ANCHOR.code(), "Riverside");
        jdbc.sql("update organisation set description = ?, website = ?, email = ?, phone = ? where id = ?")
                .params("Runs the community hub on Mill Lane.\nOpen weekdays, and Saturday mornings.",
                        "https://hub.example.org", "hello@hub.example.org", "01632 960123", organisation.id())
                .update();
        for (String area : new String[] {"Riverside", "Northfield"}) {
            jdbc.sql("insert into organisation_area (organisation_id, area) values (?, ?)")
                    .params(organisation.id(), area).update();
        }
        jdbc.sql("insert into organisation_group (organisation_id, characteristic, group_value) values (?, ?, ?)")
                .params(organisation.id(), "ageBand", "65-74").update();
        jdbc.sql("insert into organisation_group (organisation_id, characteristic, group_value) values (?, ?, ?)")
                .params(organisation.id(), "caring", "yes").update();
        jdbc.sql("insert into organisation_contact (organisation_id, name, job_title, email, phone, consent_wording, "
                        + "consented_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(organisation.id(), CONTACT_NAME, "Hub coordinator", CONTACT_EMAIL, "07700 900456",
                        "The council may keep my name and contact details in its directory of organisations.",
                        Timestamp.from(Instant.now()), "officer-test")
                .update();
        return organisation;
    }

    static Organisation proposed(NetworkService network, JdbcClient jdbc, String name) {
        Organisation organisation = network.findOrCreate(name, OrganisationKind.COMMUNITY_GROUP.code(), null);
        jdbc.sql("update organisation set status = 'proposed' where id = ?").param(organisation.id()).update();
        return organisation;
    }
}

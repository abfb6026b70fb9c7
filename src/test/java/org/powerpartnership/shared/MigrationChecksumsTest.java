package org.powerpartnership.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * A committed migration never changes: databases that already ran it keep its old checksum, and Flyway then refuses
 * to start (or, worse, a column added to an old file never reaches them). This holds each file's checksum as it was
 * committed. Checksums are Flyway's own, read through its API; the in-memory database only lets Flyway look, nothing
 * is migrated.
 */
class MigrationChecksumsTest {

    /**
     * Version → Flyway's checksum of db/migration/V{version}__*.sql as committed (V6 and V23–V25 were never
     * committed). V8 is the file as it first landed, which it is again (see {@link MigrationHistoryRepair}).
     */
    private static final Map<String, Integer> COMMITTED = new TreeMap<>(Map.ofEntries(
            Map.entry("1", 676909933),
            Map.entry("2", 380978892),
            Map.entry("3", -2063678962),
            Map.entry("4", 149912984),
            Map.entry("5", 1752323142),
            Map.entry("7", 1744849226),
            Map.entry("8", -785998738),
            Map.entry("9", -472901144),
            Map.entry("10", 1770553460),
            Map.entry("11", 1576566730),
            Map.entry("12", -2096028086),
            Map.entry("13", 1382062148),
            Map.entry("14", 1343720479),
            Map.entry("15", 98608145),
            Map.entry("16", 198709737),
            Map.entry("17", -2126421837),
            Map.entry("18", 1269030995),
            Map.entry("19", 936919360),
            Map.entry("20", -1622210992),
            Map.entry("21", 39231354),
            Map.entry("22", -2112750070),
            Map.entry("26", 1153755707),
            Map.entry("27", -1864807189),
            Map.entry("29", 1253036768),
            Map.entry("30", -1699206397),
            Map.entry("31", 416679872),
            Map.entry("32", -264657887)
    ));

    @Test
    void committed_migrations_are_never_edited_and_every_migration_is_listed() {
        Map<String, Integer> current = currentChecksums();
        List<String> problems = new ArrayList<>();
        current.forEach((version, checksum) -> {
            Integer committed = COMMITTED.get(version);
            if (committed == null) {
                problems.add("migration V" + version + " is new: add Map.entry(\"" + version + "\", " + checksum
                        + ") to MigrationChecksumsTest.COMMITTED when you commit it");
            } else if (!committed.equals(checksum)) {
                problems.add("migration V" + version + " changed after it was committed (checksum " + checksum
                        + ", committed " + committed + "): put it back and add a new migration instead");
            }
        });
        COMMITTED.keySet().stream().filter(version -> !current.containsKey(version))
                .forEach(version -> problems.add("migration V" + version
                        + " was committed but is gone: databases that ran it would no longer validate"));
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    private static Map<String, Integer> currentChecksums() {
        Flyway flyway = Flyway.configure()
                .dataSource("jdbc:h2:mem:migration-checksums;DB_CLOSE_DELAY=-1", "sa", "")
                .locations("classpath:db/migration")
                .load();
        Map<String, Integer> checksums = new TreeMap<>();
        for (MigrationInfo migration : flyway.info().all()) {
            checksums.put(migration.getVersion().getVersion(), migration.getChecksum());
        }
        return checksums;
    }
}

package org.powerpartnership.network;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Officers and administrators bring a published Open Referral UK directory into ours. Every record is checked
 * against the standard's schema and our rules (a name, lengths our directory keeps, no second organisation of the
 * same name, no identifier or name twice in the file); if any record is refused nothing is stored, and the report
 * lists each refused record with its reasons. Otherwise, in one transaction, a record whose identifier we know
 * updates that organisation and any other is added, active, since it comes from a published directory.
 */
@Service
public class OpenReferralImport {

    /** Far more than a council's directory takes (about 2 KB an organisation), small enough to hold in memory. */
    public static final int MAX_FILE_BYTES = 5_000_000;

    private final OpenReferralSchema schema;
    private final DirectoryStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    OpenReferralImport(OpenReferralSchema schema, DirectoryStore store, AuditLog audit, Clock clock, ObjectMapper json,
                       PlatformTransactionManager transactions) {
        this.schema = schema;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    public ImportReport importFile(SignedInUser who, String fileName, byte[] file) {
        if (!who.hasRole(Roles.OFFICER) && !who.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException(who.userId() + " may not import organisations");
        }
        if (file.length > MAX_FILE_BYTES) {
            return ImportReport.fileRefused("orukImport.file.tooBig", MAX_FILE_BYTES / 1_000_000);
        }
        JsonNode document;
        try {
            document = json.readTree(file);
        } catch (IOException notJson) {
            return ImportReport.fileRefused("orukImport.file.notJson");
        }
        // a page of the standard's list shape, or a plain array of organizations (its "package" shape)
        JsonNode records = document != null && document.isObject() ? document.path("contents") : document;
        if (records == null || !records.isArray()) {
            return ImportReport.fileRefused("orukImport.file.notADirectory");
        }
        if (records.isEmpty()) {
            return ImportReport.fileRefused("orukImport.file.empty");
        }
        try {
            return transaction.execute(status -> {
                ImportReport report = importRecords(who, fileName, records);
                if (!report.stored()) {
                    status.setRollbackOnly();
                }
                return report;
            });
        } catch (DataIntegrityViolationException changedMeanwhile) {
            // someone added an organisation of the same name while we stored: the transaction took nothing with it
            return ImportReport.fileRefused("orukImport.file.changedMeanwhile");
        }
    }

    private ImportReport importRecords(SignedInUser who, String fileName, JsonNode records) {
        Map<UUID, DirectoryStore.Known> byId = new HashMap<>();
        Map<String, DirectoryStore.Known> byName = new HashMap<>();
        for (DirectoryStore.Known known : store.everyone()) {
            if (known.orukId() != null) {
                byId.put(known.orukId(), known);
            }
            byName.put(key(known.name()), known);
        }
        Map<UUID, Integer> idsInFile = new HashMap<>();
        Map<String, Integer> namesInFile = new HashMap<>();
        List<OpenReferralMapping.Reading> accepted = new ArrayList<>();
        List<ImportReport.RefusedRecord> refused = new ArrayList<>();
        for (int index = 0; index < records.size(); index++) {
            JsonNode record = records.get(index);
            int position = index + 1;
            List<FieldProblem> problems = new ArrayList<>(schema.problems(record));
            if (problems.isEmpty()) {
                OpenReferralMapping.Reading reading = OpenReferralMapping.fromOruk(record);
                problems.addAll(reading.problems());
                problems.addAll(clashes(reading.entry(), position, byId, byName, idsInFile, namesInFile));
                if (problems.isEmpty()) {
                    accepted.add(reading);
                }
            }
            if (!problems.isEmpty()) {
                refused.add(new ImportReport.RefusedRecord(position, OpenReferralMapping.text(record, "name"),
                        OpenReferralMapping.text(record, "id"), problems));
            }
        }
        if (!refused.isEmpty()) {
            return ImportReport.recordsRefused(refused);
        }
        return store(who, fileName, accepted, byId);
    }

    /** Another organisation of the same name, a merged entry, or the same identifier or name earlier in the file. */
    private static List<FieldProblem> clashes(OpenReferralEntry entry, int position, Map<UUID, DirectoryStore.Known> byId,
                                              Map<String, DirectoryStore.Known> byName, Map<UUID, Integer> idsInFile,
                                              Map<String, Integer> namesInFile) {
        List<FieldProblem> problems = new ArrayList<>();
        DirectoryStore.Known same = byId.get(entry.orukId());
        if (same != null && OrganisationStatus.MERGED.code().equals(same.status())) {
            problems.add(FieldProblem.of("id", "orukImport.merged",
                    same.mergedInto() == null ? same.name() : same.mergedInto()));
        }
        Integer firstWithId = idsInFile.putIfAbsent(entry.orukId(), position);
        if (firstWithId != null) {
            problems.add(FieldProblem.of("id", "orukImport.duplicateIdInFile", firstWithId));
        }
        if (entry.name() != null) {
            DirectoryStore.Known namesake = byName.get(key(entry.name()));
            if (namesake != null && (same == null || namesake.id() != same.id())) {
                problems.add(FieldProblem.of("name", "orukImport.nameTaken", namesake.name()));
            }
            Integer firstWithName = namesInFile.putIfAbsent(key(entry.name()), position);
            if (firstWithName != null) {
                problems.add(FieldProblem.of("name", "orukImport.duplicateNameInFile", firstWithName));
            }
        }
        return problems;
    }

    private ImportReport store(SignedInUser who, String fileName, List<OpenReferralMapping.Reading> accepted,
                               Map<UUID, DirectoryStore.Known> byId) {
        Instant now = clock.instant();
        int added = 0;
        int updated = 0;
        int defaulted = 0;
        for (OpenReferralMapping.Reading reading : accepted) {
            OpenReferralEntry entry = reading.entry();
            DirectoryStore.Known known = byId.get(entry.orukId());
            long id;
            if (known == null) {
                id = store.add(entry, now);
                added++;
            } else {
                id = known.id();
                store.update(id, entry, now);
                updated++;
            }
            defaulted += reading.kindDefaulted() ? 1 : 0;
            audit.record(who.userId(), null, "organisation.imported", "organisation:" + id,
                    Map.of("file", fileName == null ? "" : fileName, "orukId", entry.orukId().toString(),
                            "change", known == null ? "added" : "updated"));
        }
        return new ImportReport(null, List.of(), added, updated, defaulted);
    }

    private static String key(String name) {
        String clean = OpenReferralMapping.clean(name);
        return clean == null ? "" : clean.toLowerCase(Locale.ROOT);
    }
}

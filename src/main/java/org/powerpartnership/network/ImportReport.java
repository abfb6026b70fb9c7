package org.powerpartnership.network;

import java.util.List;

import org.powerpartnership.shared.FieldProblem;

/**
 * What an Open Referral UK import did. Either everything was stored ({@link #stored()}: so many added, so many
 * updated) or nothing was: then the file as a whole was refused ({@link #fileProblem()}) or each refused record is
 * listed with its reasons.
 *
 * @param defaultedKinds organisations whose kind the file did not say in our terms, stored as community groups
 */
public record ImportReport(FieldProblem fileProblem, List<RefusedRecord> refused, int added, int updated,
                           int defaultedKinds) {

    public ImportReport {
        refused = List.copyOf(refused);
    }

    /** One record of the file that cannot be imported, and every reason why. */
    public record RefusedRecord(int position, String name, String orukId, List<FieldProblem> reasons) {

        public RefusedRecord {
            reasons = List.copyOf(reasons);
        }
    }

    static ImportReport fileRefused(String messageKey, Object... args) {
        return new ImportReport(FieldProblem.of("file", messageKey, args), List.of(), 0, 0, 0);
    }

    static ImportReport recordsRefused(List<RefusedRecord> refused) {
        return new ImportReport(null, refused, 0, 0, 0);
    }

    public boolean stored() {
        return fileProblem == null && refused.isEmpty();
    }
}

package org.powerpartnership.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.OneLineText;
import org.springframework.stereotype.Component;

/** Checks an organisation's details before anything is saved, naming every problem at once, field by field. */
@Component
class DirectoryDetailsCheck {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final Pattern PHONE = Pattern.compile("^[0-9+()\\- ]{6,40}$");
    private static final Pattern WEBSITE = Pattern.compile("^https?://[^\\s/$.?#][^\\s]*$", Pattern.CASE_INSENSITIVE);
    private static final Set<OrganisationStatus> EDITABLE = Set.of(OrganisationStatus.ACTIVE, OrganisationStatus.CLOSED);

    /**
     * The details tidied (name spacing, areas one each), or every problem.
     *
     * @param currentStatus the entry's status now; null for a new entry
     */
    OrganisationDetails cleaned(OrganisationDetails d, OrganisationStatus currentStatus) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = DirectoryRecords.cleanName(d.name());
        if (!OneLineText.isOneLine(d.name())) {
            problems.add(FieldProblem.of("name", OneLineText.MESSAGE_KEY));
        } else if (name.isEmpty()) {
            problems.add(FieldProblem.of("name", "directory.nameMissing"));
        } else if (name.length() > 200) {
            problems.add(FieldProblem.of("name", "directory.tooLong", 200));
        }
        if (d.kind() == null) {
            problems.add(FieldProblem.of("kind", "directory.kindMissing"));
        }
        tooLong(problems, "description", d.description(), 2000);
        if (present(d.website()) && (!WEBSITE.matcher(d.website().strip()).matches() || d.website().length() > 300)) {
            problems.add(FieldProblem.of("website", "directory.websiteInvalid"));
        }
        if (present(d.email()) && (!EMAIL.matcher(d.email().strip()).matches() || d.email().length() > 254)) {
            problems.add(FieldProblem.of("email", "directory.emailInvalid"));
        }
        if (present(d.phone()) && !PHONE.matcher(d.phone().strip()).matches()) {
            problems.add(FieldProblem.of("phone", "directory.phoneInvalid"));
        }
        Set<String> areas = new LinkedHashSet<>();
        for (String area : d.areas()) {
            String clean = DirectoryRecords.cleanName(area);
            if (!OneLineText.isOneLine(area)) {
                problems.add(FieldProblem.of("areas", OneLineText.MESSAGE_KEY));
            } else if (clean.length() > 200) {
                problems.add(FieldProblem.of("areas", "directory.tooLong", 200));
            } else if (!clean.isEmpty() && areas.stream().noneMatch(clean::equalsIgnoreCase)) {
                areas.add(clean);
            }
        }
        if (d.groups().stream().anyMatch(g -> !g.isKnown())) {
            problems.add(FieldProblem.of("groups", "directory.groupUnknown"));
        }
        OrganisationStatus status = d.status() == null || d.status() == currentStatus ? currentStatus : d.status();
        if (currentStatus != null && status != currentStatus && !EDITABLE.contains(status)) {
            problems.add(FieldProblem.of("status", "directory.statusNotByEdit"));
        }
        if (currentStatus != null && status != currentStatus && !EDITABLE.contains(currentStatus)) {
            problems.add(FieldProblem.of("status", "directory.statusNotByEdit"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new OrganisationDetails(name, d.kind(), d.description(), d.website(), d.email(), d.phone(),
                List.copyOf(areas), d.groups(), status);
    }

    private static void tooLong(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(FieldProblem.of(field, "directory.tooLong", max));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

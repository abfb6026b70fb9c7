package org.powerpartnership.network;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.powerpartnership.shared.FieldProblem;

/**
 * One directory entry as an Open Referral UK organization and back. An organisation is published with one service
 * (what it does, where and for whom): its areas served are the service areas, where it is based is the location of a
 * service_at_location, the groups of people it works with are the service's attributes, and its kind is an attribute
 * of the organization. Every identifier below the organisation's own is a name-based UUID of it, so an export says
 * the same thing every time and after a round trip through another directory.
 *
 * <p>Named contacts are personal data and are never published: they agreed to be kept in the directory, not to be
 * published as open data to anyone. The only contact published is the organisation's own public email and phone,
 * under the organisation's name. The UK profile's contact has no place for either, so they go where HSDS 3.0 puts
 * them, the contact's {@code email} and {@code phones} (the schema allows properties it does not list).
 */
final class OpenReferralMapping {

    static final String KIND_TAXONOMY = "power-partnership/organisation-kind";
    static final String GROUP_TAXONOMY = "power-partnership/group/";
    static final Set<String> CHARACTERISTICS = Set.of("ageBand", "sex", "ethnicity", "disability", "caring");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OpenReferralMapping() {
    }

    static ObjectNode toOruk(OpenReferralEntry entry) {
        UUID id = entry.orukId();
        ObjectNode organization = JSON.objectNode()
                .put("id", id.toString())
                .put("name", entry.name())
                .put("description", entry.description() == null ? "" : entry.description());
        putIfPresent(organization, "email", entry.email());
        putIfPresent(organization, "website", website(entry.website()));
        organization.putArray("attributes").add(attribute(id, "kind", "organisation_kind", KIND_TAXONOMY,
                entry.kind().code()));
        organization.putArray("services").add(service(entry));
        return organization;
    }

    private static ObjectNode service(OpenReferralEntry entry) {
        UUID service = part(entry.orukId(), "service");
        ObjectNode node = JSON.objectNode()
                .put("id", service.toString())
                .put("organization_id", entry.orukId().toString())
                .put("name", entry.name())
                .put("description", entry.description() == null ? "" : entry.description());
        putIfPresent(node, "url", website(entry.website()));
        putIfPresent(node, "email", entry.email());
        node.put("status", "active");
        ArrayNode areas = node.putArray("service_areas");
        for (String area : entry.areasServed()) {
            areas.addObject().put("id", part(service, "area/" + area).toString())
                    .put("service_id", service.toString()).put("name", area).put("service_area", area);
        }
        ArrayNode locations = node.putArray("service_at_locations");
        if (entry.area() != null) {
            UUID location = part(entry.orukId(), "location");
            ObjectNode at = locations.addObject().put("id", part(service, "at-location").toString())
                    .put("service_id", service.toString()).put("location_id", location.toString());
            at.putObject("location").put("id", location.toString()).put("location_type", "physical")
                    .put("name", entry.area());
        }
        ArrayNode contacts = node.putArray("contacts");
        if (entry.email() != null || entry.phone() != null) {
            UUID contact = part(service, "contact");
            ObjectNode own = contacts.addObject().put("id", contact.toString())
                    .put("service_id", service.toString()).put("name", entry.name());
            putIfPresent(own, "email", entry.email());
            if (entry.phone() != null) {
                own.putArray("phones").addObject().put("id", part(contact, "phone").toString())
                        .put("contact_id", contact.toString()).put("number", entry.phone());
            }
        }
        ArrayNode attributes = node.putArray("attributes");
        for (GroupServed group : entry.groups()) {
            attributes.add(attribute(service, "group/" + group.characteristic() + "/" + group.value(),
                    "intended_audience", GROUP_TAXONOMY + group.characteristic(), group.value()));
        }
        return node;
    }

    private static ObjectNode attribute(UUID owner, String what, String linkType, String taxonomy, String term) {
        UUID termId = UUID.nameUUIDFromBytes((taxonomy + "/" + term).getBytes(StandardCharsets.UTF_8));
        ObjectNode attribute = JSON.objectNode().put("id", part(owner, what).toString())
                .put("link_id", owner.toString()).put("taxonomy_term_id", termId.toString())
                .put("link_type", linkType);
        attribute.putObject("taxonomy_term").put("id", termId.toString()).put("name", term)
                .put("description", taxonomy + ": " + term).put("taxonomy", taxonomy).put("term", term);
        return attribute;
    }

    /** What we make of one organization someone publishes, with every way it breaks our rules. */
    record Reading(OpenReferralEntry entry, List<FieldProblem> problems, boolean kindDefaulted) {
    }

    /** Reads an organization that already passed the schema: types and identifiers are right. */
    static Reading fromOruk(JsonNode organization) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = limited(problems, "name", clean(text(organization, "name")), 200);
        if (name == null) {
            problems.add(FieldProblem.of("name", "orukImport.nameMissing"));
        }
        JsonNode services = organization.path("services");
        String email = first(text(organization, "email"), services, "email");
        String website = first(text(organization, "website"), services, "url");
        String kindCode = term(organization.path("attributes"), KIND_TAXONOMY);
        OrganisationKind kind = kindCode == null ? null : OrganisationKind.ofCode(kindCode).orElse(null);
        Set<String> areas = new LinkedHashSet<>();
        List<GroupServed> groups = new ArrayList<>();
        String phone = null;
        String area = null;
        for (JsonNode service : services) {
            service.path("service_areas").forEach(served -> addIfPresent(areas,
                    clean(text(served, "name") != null ? text(served, "name") : text(served, "service_area"))));
            for (JsonNode at : service.path("service_at_locations")) {
                area = area != null ? area : clean(text(at.path("location"), "name"));
            }
            for (JsonNode contact : service.path("contacts")) {
                phone = phone != null ? phone : clean(text(contact.path("phones").path(0), "number"));
            }
            phone = phone != null ? phone : clean(text(service.path("phones").path(0), "number"));
            readGroups(service.path("attributes"), groups, problems);
        }
        areas.forEach(served -> limited(problems, "service_areas", served, 200));
        OpenReferralEntry entry = new OpenReferralEntry(UUID.fromString(organization.path("id").asText()), name,
                kind == null ? OrganisationKind.COMMUNITY_GROUP : kind,
                limited(problems, "description", stripped(text(organization, "description")), 2000),
                limited(problems, "website", clean(website), 300), limited(problems, "email", clean(email), 254),
                limited(problems, "phone", phone, 40), limited(problems, "location", area, 200),
                List.copyOf(areas), groups);
        return new Reading(entry, problems, kind == null);
    }

    private static void readGroups(JsonNode attributes, List<GroupServed> groups,
                                   List<FieldProblem> problems) {
        for (JsonNode attribute : attributes) {
            String taxonomy = text(attribute.path("taxonomy_term"), "taxonomy");
            if (taxonomy == null || !taxonomy.startsWith(GROUP_TAXONOMY)) {
                continue; // someone else's classification: not ours to keep
            }
            String characteristic = taxonomy.substring(GROUP_TAXONOMY.length());
            String value = clean(text(attribute.path("taxonomy_term"), "term"));
            if (!CHARACTERISTICS.contains(characteristic) || value == null) {
                problems.add(FieldProblem.of("attributes", "orukImport.unknownGroup", taxonomy));
            } else if (limited(problems, "attributes", value, 60) != null) {
                GroupServed group = new GroupServed(characteristic, value);
                if (!groups.contains(group)) {
                    groups.add(group);
                }
            }
        }
    }

    private static String term(JsonNode attributes, String taxonomy) {
        for (JsonNode attribute : attributes) {
            if (taxonomy.equals(text(attribute.path("taxonomy_term"), "taxonomy"))) {
                return text(attribute.path("taxonomy_term"), "term");
            }
        }
        return null;
    }

    private static String first(String own, JsonNode services, String field) {
        if (own != null && !own.isBlank()) {
            return own;
        }
        for (JsonNode service : services) {
            if (text(service, field) != null && !text(service, field).isBlank()) {
                return text(service, field);
            }
        }
        return null;
    }

    private static String limited(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(FieldProblem.of(field, "orukImport.tooLong", field, max));
        }
        return value;
    }

    /** A website the directory keeps without its scheme ("www.example.org") is published as the address it is. */
    private static String website(String website) {
        if (website == null || website.contains("://")) {
            return website;
        }
        return "https://" + website;
    }

    /** A field's value as text, or nothing when it is absent, null or not a plain value. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    /** Spaces tidied, as the directory keeps names; blank is nothing. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String clean = value.strip().replaceAll("\\s+", " ");
        return clean.isEmpty() ? null : clean;
    }

    /** Paragraphs kept (a description may have several); blank is nothing. */
    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void addIfPresent(Set<String> values, String value) {
        if (value != null) {
            values.add(value);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    static UUID part(UUID owner, String what) {
        return UUID.nameUUIDFromBytes((owner + "/" + what).getBytes(StandardCharsets.UTF_8));
    }
}

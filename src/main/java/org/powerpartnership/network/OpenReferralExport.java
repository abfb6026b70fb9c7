package org.powerpartnership.network;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as open data in Open Referral UK: the active organisations (never a proposed, pending, declined,
 * merged or closed one), each a full organization with its service, location, contact and attributes, on one page
 * of the standard's list shape ({@code total_items}, ..., {@code contents}).
 */
@Service
public class OpenReferralExport {

    private final DirectoryStore store;

    OpenReferralExport(DirectoryStore store) {
        this.store = store;
    }

    /** Not read-only: an organisation published for the first time is given its identifier here, once. */
    @Transactional
    public ObjectNode directory() {
        store.giveIdentifiers();
        List<OpenReferralEntry> entries = store.active();
        ObjectNode page = JsonNodeFactory.instance.objectNode()
                .put("total_items", entries.size())
                .put("total_pages", 1)
                .put("page_number", 1)
                .put("size", entries.size())
                .put("first_page", true)
                .put("last_page", true)
                .put("empty", entries.isEmpty());
        ArrayNode contents = page.putArray("contents");
        entries.forEach(entry -> contents.add(OpenReferralMapping.toOruk(entry)));
        return page;
    }
}

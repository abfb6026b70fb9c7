package org.powerpartnership.identity;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.powerpartnership.shared.PersonalDataHolder;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My data": everything every feature holds about a resident, as one JSON document, and erasure of it all in one
 * transaction. Each feature takes part through a {@link PersonalDataHolder} bean, so none can be forgotten; only
 * the person themselves may ask, for themselves.
 */
@Service
public class PersonalDataService {

    private final ObjectProvider<PersonalDataHolder> holders;
    private final ObjectMapper json;
    private final Clock clock;

    PersonalDataService(ObjectProvider<PersonalDataHolder> holders, ObjectMapper json, Clock clock) {
        this.holders = holders;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.clock = clock;
    }

    /** Section by section, in the holders' order, with when it was made and for which account. */
    @Transactional(readOnly = true)
    public Map<String, Object> export(SignedInUser who) {
        requireResident(who);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("madeAt", clock.instant().toString());
        out.put("userId", who.userId());
        for (PersonalDataHolder holder : ordered()) {
            out.put(holder.section(), holder.export(who.userId()));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public byte[] exportJson(SignedInUser who) {
        try {
            return json.writeValueAsBytes(export(who));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A personal data section does not serialise to JSON", e);
        }
    }

    /**
     * Removes or anonymises everything held about the person, all or nothing. Counts and the record of decisions
     * stay; the account is gone, so they cannot sign in again. The caller signs the session out.
     */
    @Transactional
    public void erase(SignedInUser who) {
        requireResident(who);
        for (PersonalDataHolder holder : ordered()) {
            holder.erase(who.userId());
        }
    }

    /** The sections a download holds, in order (for the screen that explains it). */
    public List<String> sections() {
        return ordered().stream().map(PersonalDataHolder::section).toList();
    }

    private List<PersonalDataHolder> ordered() {
        return holders.orderedStream().toList();
    }

    private static void requireResident(SignedInUser who) {
        if (who == null || !who.hasRole(Roles.RESIDENT)) {
            throw new AccessDeniedException("Only a resident may download or erase their data here");
        }
    }
}

package org.powerpartnership.survey;

import java.time.Instant;

import org.powerpartnership.forms.FormSchema;

/**
 * A consultation's survey as residents answer it, or as its team is writing it.
 *
 * @param consultationId the consultation
 * @param version        the published version (1 is the one agreed in stage 1); 0 for a copy not yet agreed
 * @param schema         the parsed Camunda Form, for the renderer and the validator
 * @param json           the form-js JSON as stored (what an export hands to Camunda Modeler)
 * @param reason         why this version replaced the one before, or {@code null}
 * @param changedBy      who wrote or published it (a user id; {@code null} for the starting template)
 * @param changedAt      when ({@code null} for the starting template)
 */
public record Survey(long consultationId, int version, FormSchema schema, String json, String reason,
                     String changedBy, Instant changedAt) {

    /** Whether this is a published version (residents answer the latest one). */
    public boolean isPublished() {
        return version > 0;
    }
}

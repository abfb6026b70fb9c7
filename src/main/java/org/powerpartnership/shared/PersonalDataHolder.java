package org.powerpartnership.shared;

/**
 * A feature that keeps personal data about people. Each one hands over what it holds about a person (the "My data"
 * download) and erases it on request, so no feature's table is forgotten when someone leaves. Implementations are
 * Spring beans; the identity feature collects them all. Shared here so features need not depend on each other.
 */
public interface PersonalDataHolder {

    /** The name of this part of the download, stable and plain, for example {@code "responses"}. */
    String section();

    /** Everything held about this person: maps, lists, strings, numbers and booleans that serialise to JSON. */
    Object export(String userId);

    /**
     * Removes or anonymises this person's data in the caller's transaction. Anonymised responses, counts and the
     * record of decisions stay; nothing left may lead back to the person.
     */
    void erase(String userId);
}

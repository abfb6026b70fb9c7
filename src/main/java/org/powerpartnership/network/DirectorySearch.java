package org.powerpartnership.network;

/**
 * What an officer looks for in the directory; each part left null matches everything.
 *
 * @param text   words in the name or the description
 * @param area   an area served (whole name, any case)
 * @param status null lists every entry except merged ones
 */
public record DirectorySearch(String text, OrganisationKind kind, String area, GroupServed group,
                              OrganisationStatus status) {

    public static DirectorySearch everything() {
        return new DirectorySearch(null, null, null, null, null);
    }
}

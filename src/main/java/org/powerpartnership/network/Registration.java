package org.powerpartnership.network;

import java.util.List;

/**
 * What a person says about the organisation they register: its name, its kind ({@link OrganisationKind#code()}),
 * the areas it serves, what it does, and a message to the officer who reviews it.
 */
public record Registration(String name, String kind, List<String> areas, String description, String message) {

    public Registration {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }
}

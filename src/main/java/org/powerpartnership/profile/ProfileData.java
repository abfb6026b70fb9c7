package org.powerpartnership.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.powerpartnership.shared.PersonalDataHolder;
import org.springframework.stereotype.Component;

/** The profile in a person's data download, and its erasure (the whole row goes: nothing in it is a count). */
@Component
class ProfileData implements PersonalDataHolder {

    private final ProfileService profiles;

    ProfileData(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Override
    public String section() {
        return "profile";
    }

    @Override
    public Object export(String userId) {
        return profiles.find(userId).map(p -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("name", p.fullName());
            out.put("contactPreference", p.contactPreference());
            out.put("phone", p.phone());
            out.put("postalAddress", p.postalAddress());
            out.put("area", p.area());
            out.put("areaKind", p.areaKind());
            out.put("language", p.language());
            out.put("languageOther", p.languageOther());
            out.put("accessNeeds", new TreeSet<>(p.accessNeeds()));
            out.put("accessNotes", p.accessNotes());
            Map<String, Object> equality = new LinkedHashMap<>();
            equality.put("ageBand", p.ageBand());
            equality.put("sex", p.sex());
            equality.put("ethnicity", p.ethnicity());
            equality.put("disability", p.disability());
            equality.put("caringResponsibilities", p.caring());
            out.put("equalityMonitoring", equality);
            Map<String, Object> consent = new LinkedHashMap<>();
            consent.put("version", p.consentVersion());
            consent.put("wording", p.consentWording());
            consent.put("givenAt", p.consentedAt() == null ? null : p.consentedAt().toString());
            out.put("consent", consent);
            out.put("screenLanguage", p.uiLanguage());
            out.put("updatedAt", p.updatedAt().toString());
            return (Object) out;
        }).orElse(Map.of());
    }

    @Override
    public void erase(String userId) {
        profiles.delete(userId);
    }
}

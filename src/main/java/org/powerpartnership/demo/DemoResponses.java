package org.powerpartnership.demo;

import java.util.Map;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.network.PartnerWorkspace;
import org.powerpartnership.participation.AssistedResponse;
import org.powerpartnership.participation.HearBackRequest;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.stereotype.Component;

/** The demo's survey responses, entered through the same doors the partner's and the officer's screens use. */
@Component
class DemoResponses {

    private final PartnerWorkspace partnerWork;
    private final ParticipationService participation;

    DemoResponses(PartnerWorkspace partnerWork, ParticipationService participation) {
        this.partnerWork = partnerWork;
        this.participation = participation;
    }

    /**
     * Responses as the screens take them: the partner enters some for people offline (with their consent, as on
     * "Partner work"), the officer types in the rest from paper surveys (as on the paper entry screen).
     */
    void respond(SignedInUser partner, SignedInUser officer, Consultation consultation) {
        String[] bands = {"25-34", "35-44", "55-64", "65-74", "18-24", "45-54", "55-64"};
        for (int i = 0; i < bands.length; i++) {
            Map<String, Object> answers = Map.of("agreement", i % 2 == 0 ? "agree" : "neutral",
                    "whatMattersMost", "Feeling safe walking home in the evening, and lights on the paths.",
                    "ageBand", bands[i]);
            String key = "demo-" + consultation.ref() + "-" + i;
            if (i % 2 == 0) {
                DemoConsultations.as(partner);
                partnerWork.enterAssistedResponse(partner, consultation.id(), answers,
                        new AssistedResponse(null, true, "The person agreed to this response being entered for them.",
                                key), HearBackRequest.NONE);
            } else {
                DemoConsultations.as(officer);
                participation.enterOnBehalf(officer, consultation.id(), answers, "paper", key,
                        HearBackRequest.NONE);
            }
        }
    }
}

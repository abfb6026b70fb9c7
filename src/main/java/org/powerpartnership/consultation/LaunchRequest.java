package org.powerpartnership.consultation;

import java.util.List;
import java.util.Map;

/**
 * Everything an officer decides when launching a consultation.
 *
 * @param brief              the values of the {@code early-engagement-brief} form (title, issue, IAP2 level, ...)
 * @param summary            a plain-language summary for the public pages
 * @param leadOfficerId      the lead officer (user id)
 * @param deputyOfficerId    the deputy officer, never the same person
 * @param otherOfficerIds    more of the team, if any
 * @param panelMemberIds     the accountability panel, at least three people holding the panel role
 * @param sponsorId          the senior owner of the decision (sponsor role)
 * @param partnerOrganisationIds organisations invited from the directory
 * @param coDesignResidentIds residents invited to co-design the question and methods
 * @param deliberativePanel  whether a citizens' panel or jury deliberates during the participation window
 * @param settings           timers and quorum
 */
public record LaunchRequest(Map<String, Object> brief, String summary, String leadOfficerId, String deputyOfficerId,
                            List<String> otherOfficerIds, List<String> panelMemberIds, String sponsorId,
                            List<Long> partnerOrganisationIds, List<String> coDesignResidentIds,
                            boolean deliberativePanel, ConsultationSettings settings) {
}

package org.powerpartnership.demo;

import org.powerpartnership.shared.CouncilTime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.powerpartnership.accountability.CouncilResponseService;

/** What the demo's people write in each form: plausible text, so the demo reads like a real consultation. */
final class DemoValues {

    private static final Map<String, Map<String, Object>> BY_FORM = new HashMap<>();

    static {
        BY_FORM.put("co-design-contribution", Map.of(
                "questionSuggestion", "Ask what stops families using the parks after school, not only what they like.",
                "methodsSuggested", List.of("drop_in", "online_survey", "assisted_by_partner"),
                "whoIsMissing", "Young carers and families new to the area rarely come to meetings.",
                "accessNeeds", "Some parents need interpreters for Polish and Bengali."));
        BY_FORM.put("agree-question-methods", Map.of(
                "consultationQuestion", "What would make the parks and play spaces in Riverside work better for you and your family?",
                "methods", List.of("online_survey", "drop_in", "assisted_by_partner", "paper_survey"),
                "coDesignSummary", "Co-designers asked us to ask about barriers, not only wishes, and to hold drop-ins at the school gates. We changed the question and added a paper route.",
                "stageSummary", "The question and methods were co-designed with residents and the CVS; the changes they asked for are in."));
        BY_FORM.put("invite-networks", Map.of(
                "proposedOrganisations", "Parkside Tenants Association",
                "networkRationale", "Between them they reach tenants, faith communities and the families who use the parks most.",
                "reachTarget", new BigDecimal("1500"),
                "stageSummary", "The CVS, chosen from the directory, will help people take part; the tenants' association is proposed for the directory."));
        BY_FORM.put("partner-role", Map.of(
                "organisationName", "Riverside Community Voluntary Service",
                "role", "assist",
                "reachEstimate", new BigDecimal("600"),
                "reachDescription", "Our members, the youth club and the food bank's visitors."));
        BY_FORM.put("access-plan", Map.of(
                "equalityImpact", "Disabled residents and carers face steps and distance; younger families have little time. We plan routes that fit both.",
                "formats", List.of("easy_read", "large_print", "plain_english"),
                "languages", "Polish, Bengali",
                "venuesAndTimes", "School gates at 3pm, the library on Saturday mornings, the community centre on Tuesday evenings.",
                "assistedRoute", true,
                "paperRoute", true,
                "supportOffered", List.of("travel", "childcare"),
                "supportBudget", new BigDecimal("2500"),
                "stageSummary", "Access plan agreed: formats, languages, venues and support for carers."));
        BY_FORM.put("analysis-summary", Map.of(
                "analysisSummary", "People told us the play areas feel unsafe after dark, the toilets are often closed and there is little for older children. Each theme has a recorded consideration.",
                "methodNote", "Responses from all routes were read in full; themes agreed with the co-chairs.",
                "stageSummary", "Analysis complete; every theme has a consideration."));
        BY_FORM.put("community-leads", Map.of(
                "coChairs", "Two community co-chairs from the Tenants Association and the youth club",
                "leadRoles", "A parent lead for play, a young person's lead for the skate area.",
                "trainingOffers", List.of("chairing", "budgeting"),
                "supportNotes", "Payment for time and childcare for meetings.",
                "stageSummary", "Co-chairs appointed and offered training."));
        BY_FORM.put("community-ownership", Map.of(
                "smallGrantsFund", new BigDecimal("20000"),
                "assetTransferOpportunities", "The old bowls pavilion could pass to the Tenants Association.",
                "communityPlanActions", "A community-run play day each month and a volunteer park watch in the evenings.",
                "stageSummary", "Small grants and a community plan agreed."));
        BY_FORM.put("council-response", Map.of(
                "youAsked", "What would help you feel safe in Riverside, day and night?",
                "youSaid", "You said the paths from the station to the estate are dark, and young people have nowhere to go in the evenings.",
                "weDid", "We are lighting the path from the station to Parkside estate, and opening the youth club two more evenings a week, run with young people.",
                "stageSummary", "The response decides on both themes with reasons and makes two owned, dated commitments."));
        BY_FORM.put("adjustment-request", Map.of(
                "kind", "childcare",
                "details", "I can come to the Tuesday evening session if there is childcare for my two children."));
        BY_FORM.put("adjustment-response", Map.of(
                "outcome", "arranged",
                "messageToResident", "We have booked a crèche at the community centre for Tuesday. See you there."));
    }

    private DemoValues() {
    }

    static Map<String, Object> forForm(String formRef) {
        Map<String, Object> values = BY_FORM.get(formRef);
        if (values == null) {
            throw new IllegalArgumentException("No demo values for form " + formRef);
        }
        return values;
    }

    /** The response's wording as the team saves it on the response screen: the same as the stage's form. */
    static CouncilResponseService.Wording responseWording() {
        Map<String, Object> text = forForm("council-response");
        return new CouncilResponseService.Wording((String) text.get("youAsked"), (String) text.get("youSaid"),
                (String) text.get("weDid"));
    }

    static Map<String, Object> brief(String title, String level, int days) {
        Map<String, Object> brief = new HashMap<>();
        brief.put("title", title);
        brief.put("issue", "Families tell us the parks and play spaces in Riverside do not meet their needs, and use is falling.");
        brief.put("formativeStatement", "Which improvements come first, where, and how the community runs them is still open.");
        brief.put("iap2Level", level);
        brief.put("iap2Promise", "We will work with you to shape the options and show how your views changed our decision.");
        brief.put("decisionMaker", "Cabinet Member for Communities");
        brief.put("geographyType", "ward");
        brief.put("geographyName", "Riverside");
        brief.put("budget", new BigDecimal("250000"));
        brief.put("participationWindowDays", new BigDecimal(days));
        brief.put("decisionBy", LocalDate.now(CouncilTime.zone()).plusMonths(6));
        return brief;
    }

    static Map<String, Object> vote(String decision, String reasons) {
        Map<String, Object> vote = new HashMap<>();
        vote.put("decision", decision);
        if (reasons != null) {
            vote.put("reasons", reasons);
        }
        return vote;
    }
}

package org.powerpartnership.consultation.ui;

import java.util.Map;
import java.util.TreeSet;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.DescriptionList;

import org.powerpartnership.consultation.PartnerOrganisations;
import org.powerpartnership.consultation.ui.LaunchConsultationView.Step;

/** The "check" step: every answer of the launch form as the officer will launch it, in the order of the steps. */
class LaunchReview extends DescriptionList {

    private final LaunchConsultationView view;
    private final LaunchFields form;

    LaunchReview(LaunchConsultationView view, LaunchFields form) {
        this.view = view;
        this.form = form;
        setId("launch-review");
        addClassName("pp-facts");
    }

    void fill() {
        LaunchConsultationView v = view;
        removeAll();
        Map<String, Object> brief = form.request().brief();
        for (Step step : Step.values()) {
            for (String key : step.fields) {
                String value = switch (key) {
                    case "iap2Level" -> v.iap2Level.getValue() == null ? ""
                            : getTranslation("launch.iap2." + v.iap2Level.getValue());
                    case "geographyType" -> v.geographyType.getValue() == null ? ""
                            : getTranslation("launch.geography." + v.geographyType.getValue());
                    case "budget" -> v.budget.getValue() == null ? getTranslation("launch.review.noBudget")
                            : "£" + v.budget.getValue().toPlainString();
                    case "decisionBy" -> Texts.date(v, v.decisionBy.getValue());
                    case "deliberativePanel" -> getTranslation(v.deliberativePanel.getValue() ? "launch.yes" : "launch.no");
                    case "lead" -> LaunchFields.label(v.lead.getValue());
                    case "deputy" -> LaunchFields.label(v.deputy.getValue());
                    case "sponsor" -> LaunchFields.label(v.sponsor.getValue());
                    case "otherOfficers" -> LaunchFields.labels(v.otherOfficers.getValue());
                    case "panel" -> LaunchFields.labels(v.panel.getValue());
                    case "coDesigners" -> LaunchFields.labels(v.coDesigners.getValue());
                    case "partners" -> String.join(", ", v.partners.getValue().stream()
                            .map(PartnerOrganisations.Choice::name).sorted().toList());
                    case "quorum" -> v.quorum.getValue() == null ? getTranslation("launch.review.majority")
                            : String.valueOf(v.quorum.getValue());
                    case "reviewMonths" -> String.join(", ", new TreeSet<>(v.reviewMonths.getValue()).stream()
                            .map(m -> getTranslation("launch.months", m)).toList());
                    case "summary" -> v.summary.getValue();
                    default -> brief.containsKey(key) ? String.valueOf(brief.get(key))
                            : form.byKey.get(key) instanceof HasValue<?, ?> field && field.getValue() != null
                            ? String.valueOf(field.getValue()) : "";
                };
                add(new DescriptionList.Term(getTranslation("launch.field." + key)),
                        new DescriptionList.Description(value == null || value.isBlank()
                                ? getTranslation("launch.review.empty") : value));
            }
        }
    }
}

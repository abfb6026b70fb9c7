package org.powerpartnership.notification.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.powerpartnership.notification.DigestSchedule;
import org.powerpartnership.notification.MailChoice;
import org.powerpartnership.notification.NoticeKind;
import org.powerpartnership.notification.NoticePreferences;
import org.powerpartnership.shared.CouncilTime;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.SignedInUser;

/**
 * How each signed-in person hears from us by mail, per kind of notice: at once, in the daily summary (at the digest
 * time on the council's clock), or not at all. Work offered to them can be put in the summary but not switched off,
 * and the page says why. Reached from the account page.
 */
@Route("account/notifications")
@PermitAll
class NotificationSettingsView extends Main implements HasDynamicTitle {

    private final transient NoticePreferences preferences;
    private final transient CurrentUser currentUser;

    final Map<NoticeKind, RadioButtonGroup<MailChoice>> choices = new EnumMap<>(NoticeKind.class);
    final Button save = new Button();
    final Paragraph status = new Paragraph();

    NotificationSettingsView(NoticePreferences preferences, DigestSchedule digest, CurrentUser currentUser) {
        this.preferences = preferences;
        this.currentUser = currentUser;
        SignedInUser user = currentUser.require();
        addClassName("pp-narrow");

        Paragraph digestTime = new Paragraph(getTranslation("notifications.settings.digestTime",
                DateTimeFormatter.ofPattern("HH:mm").format(digest.time()),
                CouncilTime.zone().getDisplayName(TextStyle.FULL, getLocale())));
        digestTime.setId("notifications-digest-time");
        VerticalLayout kinds = new VerticalLayout();
        kinds.setPadding(false);
        Map<NoticeKind, MailChoice> chosen = preferences.choicesOf(user.userId());
        for (NoticeKind kind : NoticeKind.values()) {
            RadioButtonGroup<MailChoice> group = new RadioButtonGroup<>(getTranslation("notifications.kind." + kind));
            group.setId("notifications-" + kind.name().toLowerCase().replace('_', '-'));
            group.setItems(kind.canSwitchOff() ? List.of(MailChoice.values())
                    : List.of(MailChoice.AT_ONCE, MailChoice.DIGEST));
            group.setItemLabelGenerator(choice -> getTranslation("notifications.choice." + choice));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            if (!kind.canSwitchOff()) {
                group.setHelperText(getTranslation("notifications.workOffered.why"));
            }
            group.setValue(chosen.get(kind));
            choices.put(kind, group);
            kinds.add(group);
        }

        status.setId("notifications-status");
        status.getElement().setAttribute("role", "status");
        save.setText(getTranslation("notifications.settings.save"));
        save.setId("notifications-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());
        Anchor back = new Anchor("account", getTranslation("notifications.settings.back"));
        back.setId("notifications-back");

        add(new H1(getTranslation("notifications.settings.heading")),
                new Paragraph(getTranslation("notifications.settings.intro")), digestTime, kinds, status, save,
                new Paragraph(back));
    }

    /** Saves every choice; saving the same choices twice changes nothing. */
    private void save() {
        try {
            String userId = currentUser.require().userId();
            choices.forEach((kind, group) -> {
                if (group.getValue() != null) {
                    preferences.choose(userId, kind, group.getValue());
                }
            });
            status.setText(getTranslation("notifications.settings.saved"));
            Notification.show(getTranslation("notifications.settings.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } finally {
            save.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.settings.title");
    }
}

package org.powerpartnership.identity.ui;

import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.SignInLockedException;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;

/** Your own account: who you are signed in as, your roles, your name and password. */
@Route("account")
@Menu(title = "nav.account", order = 90)
@PermitAll
class AccountView extends Main implements HasDynamicTitle {

    private final transient AccountService accounts;
    private final transient CurrentUser currentUser;

    final TextField displayName = new TextField();
    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();

    AccountView(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        SignedInUser user = currentUser.require();

        Paragraph who = new Paragraph(getTranslation("account.signedInAs", user.email()));
        who.setId("account-email");
        Paragraph roles = new Paragraph(getTranslation("account.roles", user.roles().stream()
                .map(role -> getTranslation("role." + role)).sorted().collect(Collectors.joining(", "))));
        roles.setId("account-roles");

        displayName.setLabel(getTranslation("register.displayName"));
        displayName.setValue(user.displayName());
        displayName.setId("account-name");
        Button saveName = new Button(getTranslation("account.saveName"), click -> saveName());
        saveName.setId("account-save-name");

        currentPassword.setLabel(getTranslation("account.currentPassword"));
        currentPassword.setId("account-current-password");
        newPassword.setLabel(getTranslation("account.newPassword"));
        newPassword.setId("account-new-password");
        Button changePassword = new Button(getTranslation("account.changePassword"), click -> changePassword());
        changePassword.setId("account-change-password");
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout nameForm = new FormLayout(displayName);
        nameForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        FormLayout passwordForm = new FormLayout(currentPassword, newPassword);
        passwordForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        addClassName("pp-narrow");
        Anchor organisations = new Anchor("my-organisations", getTranslation("joining.account.link"));
        organisations.setId("account-organisations");
        // the email settings live with the notifications (notification/ui), which depend on identity, not back
        Anchor notifications = new Anchor("account/notifications", getTranslation("notifications.account.link"));
        notifications.setId("account-notifications");
        add(new H1(getTranslation("account.heading")), who, roles, new Paragraph(organisations),
                new Paragraph(notifications),
                new H2(getTranslation("account.nameHeading")), nameForm, saveName,
                new H2(getTranslation("account.passwordHeading")), passwordForm, changePassword);
    }

    private void saveName() {
        try {
            accounts.changeDisplayName(currentUser.require(), displayName.getValue());
            FieldProblems.show(this, java.util.List.of(), Map.of("displayName", displayName));
            done("account.nameSaved");
        } catch (InvalidInputException invalid) {
            FieldProblems.show(this, invalid.problems(), Map.of("displayName", displayName));
        }
    }

    private void changePassword() {
        try {
            accounts.changePassword(currentUser.require(), currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            FieldProblems.show(this, java.util.List.of(),
                    Map.of("currentPassword", currentPassword, "newPassword", newPassword));
            done("account.passwordChanged");
        } catch (InvalidInputException invalid) {
            FieldProblems.show(this, invalid.problems(),
                    Map.of("currentPassword", currentPassword, "newPassword", newPassword));
        } catch (SignInLockedException locked) {
            // the same counters as sign-in: the wait is for this account (or this address), not only this page
            FieldProblems.show(this, java.util.List.of(FieldProblem.of("currentPassword", "account.password.locked",
                            locked.minutesToWait())),
                    Map.of("currentPassword", currentPassword, "newPassword", newPassword));
        }
    }

    private void done(String key) {
        Notification.show(getTranslation(key), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}

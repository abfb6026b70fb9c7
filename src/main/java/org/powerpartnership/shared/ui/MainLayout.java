package org.powerpartnership.shared.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.powerpartnership.shared.AccountStatus;
import org.powerpartnership.shared.ActingOrganisation;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.UnreadNotices;

/**
 * The shell around every screen: the product name, the places this person may go (each view declares itself
 * with {@code @Menu}; Vaadin leaves out the ones their roles cannot open), and signing in or out.
 * Menu titles are translation keys.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient ScreenLanguage screenLanguage;
    private final SideNav navigation = new SideNav();
    final Select<Locale> language = new Select<>();
    SessionTimeoutWarning timeoutWarning;

    private final transient ActingOrganisation actingFor;
    private final transient UnreadNotices unreadNotices;
    /** The way to one's notices, with how many are unread; only for someone signed in. */
    Anchor notices;
    private final Span unreadBadge = new Span();

    public MainLayout(AuthenticationContext authentication, ScreenLanguage screenLanguage,
                      SessionActivity sessionActivity, AccountStatus accounts, ActingOrganisation actingFor,
                      UnreadNotices unreadNotices) {
        this.authentication = authentication;
        this.unreadNotices = unreadNotices;
        this.actingFor = actingFor;
        this.screenLanguage = screenLanguage;
        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> timeoutWarning =
                new SessionTimeoutWarning(sessionActivity, authentication::logout,
                        () -> accounts.exists(user.userId())));
        setPrimarySection(Section.NAVBAR);
        addToNavbar(header());
        Nav drawer = new Nav(navigation);
        drawer.setId("main-navigation");
        drawer.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
        addToDrawer(drawer);
        populateNavigation();
    }

    private Header header() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        Anchor title = new Anchor("", getTranslation("app.name"));
        title.addClassName("pp-app-title");
        Div account = new Div();
        account.addClassName("pp-account");
        Optional<SignedInUser> user = authentication.getAuthenticatedUser(SignedInUser.class);
        if (user.isPresent()) {
            Span name = new Span(user.get().displayName());
            name.setId("signed-in-as");
            Button signOut = new Button(getTranslation("shell.signOut"), click -> authentication.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            account.add(name, noticesLink());
            if (user.get().hasRole(Roles.PARTNER)) {
                actingFor.current(user.get().userId()).ifPresent(acting -> account.add(new ActingForChoice(
                        user.get(), acting, actingFor.choices(user.get().userId()), actingFor)));
            }
            account.add(signOut);
        } else {
            Anchor signIn = new Anchor("login", getTranslation("shell.signIn"));
            signIn.setId("sign-in-link");
            Anchor register = new Anchor("register", getTranslation("shell.register"));
            register.setId("register-link");
            account.add(signIn, register);
        }
        Header header = new Header(toggle, title, languageChoice(), account);
        header.addClassName("pp-header");
        return header;
    }

    private Anchor noticesLink() {
        notices = new Anchor("notices");
        notices.setId("notices-link");
        notices.addClassName("pp-notices-link");
        unreadBadge.setId("notices-unread");
        unreadBadge.addClassName("pp-unread-count");
        // the badge is for the eye; the link's name says the same in words for screen readers
        unreadBadge.getElement().setAttribute("aria-hidden", "true");
        notices.add(new Span(getTranslation("shell.notices")), unreadBadge);
        showUnread();
        return notices;
    }

    /** Asked again on every navigation, so what was read elsewhere (or arrived since) shows without polling. */
    private void showUnread() {
        if (notices == null) {
            return;
        }
        long unread = unreadNotices.unreadCount();
        unreadBadge.setText(unread == 0 ? "" : String.valueOf(unread));
        unreadBadge.setVisible(unread > 0);
        notices.getElement().setAttribute("aria-label", unread == 0 ? getTranslation("shell.notices.noneUnread")
                : getTranslation("shell.notices.unread", unread));
    }

    /** English or Cymraeg, each named in its own language; the page reloads in the chosen one. */
    private Select<Locale> languageChoice() {
        language.setId("language-choice");
        language.setItems(ScreenLanguage.OFFERED);
        language.setItemLabelGenerator(locale -> getTranslation("shell.language." + locale.getLanguage()));
        language.setAriaLabel(getTranslation("shell.language"));
        language.addClassName("pp-language");
        language.setValue(ScreenLanguage.locale(getLocale().getLanguage()));
        language.addValueChangeListener(change -> {
            if (change.getValue() != null && !change.getValue().getLanguage().equals(getLocale().getLanguage())) {
                getUI().ifPresent(ui -> {
                    screenLanguage.choose(ui, change.getValue());
                    ui.getPage().reload();
                });
            }
        });
        return language;
    }

    private void populateNavigation() {
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            navigation.addItem(item);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Screen readers pick the voice from <html lang>; Vaadin's page template leaves it out.
        getUI().ifPresent(ui -> ui.getPage().executeJs("document.documentElement.lang = $0",
                ui.getLocale().getLanguage()));
        if (timeoutWarning != null) {
            getUI().ifPresent(timeoutWarning::watch);
        }
        showUnread();
    }
}

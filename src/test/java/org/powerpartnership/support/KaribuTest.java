package org.powerpartnership.support;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;

import java.util.HashSet;
import java.util.Set;

import kotlin.jvm.functions.Function1;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless UI tests: the real views, on the real Spring context and services, driven with Karibu. A test signs
 * someone in with {@link #signIn(SignedInUser)} and navigates as a browser would; access control is Vaadin's own.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestAccounts accounts;

    private static final Function1<FakeHttpSession, FakeRequest> ANONYMOUS = FakeRequest::new;

    @BeforeEach
    void startVaadin() {
        if (routes == null) {
            routes = discoverRoutes();
        }
        MockVaadin.setMockRequestFactory(ANONYMOUS);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        MockVaadin.setMockRequestFactory(ANONYMOUS);
        SecurityContextHolder.clearContext();
    }

    /**
     * Every {@code @Route} and {@code @Layout} class. Karibu's own discovery sees public classes only, and our views
     * are package-private, so Spring's scanner finds them instead.
     */
    private static Routes discoverRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.powerpartnership")) {
            views.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), null).asSubclass(Component.class));
        }
        // our own error views (a friendly "not found" with status 404), beside Vaadin's defaults
        var errors = new ClassPathScanningCandidateComponentProvider(false);
        errors.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        for (BeanDefinition candidate : errors.findCandidateComponents("org.powerpartnership")) {
            @SuppressWarnings("unchecked")
            Class<? extends HasErrorParameter<?>> type = (Class<? extends HasErrorParameter<?>>)
                    ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            errorViews.add(type);
        }
        return new Routes(views, errorViews, true);
    }

    /**
     * Signs a user in, as the sign-in form would, and opens a fresh browser tab for them (the shell, built once per
     * tab, then shows their places).
     */
    protected SignedInUser signIn(SignedInUser user) {
        MockVaadin.tearDown();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> user.hasRole(role));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        return user;
    }

    /** Opens a fresh account with the roles and signs it in. */
    protected SignedInUser signInAs(String... roles) {
        return signIn(accounts.open(roles));
    }

    /** Signs out: a fresh browser tab for an anonymous visitor. */
    protected void signOut() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(ANONYMOUS);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    protected void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /** The path the browser would show now, without the leading slash. */
    protected String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}

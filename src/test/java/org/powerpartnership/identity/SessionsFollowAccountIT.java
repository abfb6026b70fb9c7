package org.powerpartnership.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.HttpVisitor;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A signed-in session follows its account at its next request, whichever node it is on (what it compares with is
 * in the shared database): a removed role no longer opens its screens, and a changed password, a lock or erasure
 * ends the session. Roles and users are changed here as Camunda Admin changes them, through the identity service.
 */
@IntegrationTest
class SessionsFollowAccountIT {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountService accountService;
    @Autowired
    AccountSessions sessions;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_role_removed_from_a_signed_in_officer_no_longer_opens_launch_in_the_session_they_already_have() {
        SignedInUser officer = accounts.open(Roles.OFFICER);
        HttpVisitor browser = signedIn(officer);
        assertThat(opensLaunch(browser)).isTrue();

        identity.deleteMembership(officer.userId(), Roles.OFFICER);

        assertThat(opensLaunch(browser)).isFalse();
        assertThat(browser.get("/account", "text/html").statusCode())
                .as("only the role went: the session itself goes on").isEqualTo(200);
    }

    @Test
    void a_password_changed_in_one_session_ends_an_older_session_and_the_session_that_changed_it_goes_on() {
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        HttpVisitor older = signedIn(resident);
        assertThat(older.get("/account", "text/html").statusCode()).isEqualTo(200);

        MockHttpServletRequest changing = sessionOf(accountService.signedInUser(resident.userId()));
        try {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(changing));
            accountService.changePassword(resident, TestAccounts.PASSWORD, "a quieter walk by the canal");
            SecurityContextHolder.clearContext();
            assertThat(follow(changing).getSession(false)).as("the changing session").isNotNull()
                    .satisfies(session -> assertThat(((MockHttpSession) session).isInvalid()).isFalse());
        } finally {
            RequestContextHolder.resetRequestAttributes();
            SecurityContextHolder.clearContext();
        }

        assertThat(location(older.get("/account", "text/html"))).endsWith("/login");
        assertThat(location(new HttpVisitor(port).signIn(resident.email(), "a quieter walk by the canal")))
                .doesNotContain("error", "locked");
    }

    @Test
    void the_session_of_an_account_locked_in_the_identity_store_ends_at_its_next_request() {
        SignedInUser officer = accounts.open(Roles.OFFICER);
        HttpVisitor browser = signedIn(officer);
        jdbc.sql("update ACT_ID_USER set LOCK_EXP_TIME_ = ? where ID_ = ?")
                .params(Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS)), officer.userId()).update();

        assertThat(location(browser.get("/account", "text/html"))).endsWith("/login");
        assertThat(location(browser.get("/launch", "text/html"))).endsWith("/login");
    }

    @Test
    void the_session_of_an_account_deleted_elsewhere_ends_at_its_next_request() {
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        HttpVisitor browser = signedIn(resident);
        identity.deleteUser(resident.userId());

        assertThat(location(browser.get("/account", "text/html"))).endsWith("/login");
    }

    private HttpVisitor signedIn(SignedInUser user) {
        HttpVisitor browser = new HttpVisitor(port);
        assertThat(location(browser.signIn(user.email(), TestAccounts.PASSWORD))).doesNotContain("error", "locked");
        return browser;
    }

    /**
     * Opens /launch as Vaadin's client does (the page, then a navigation message in the same session) and says
     * whether the launch form came back rather than "could not navigate".
     */
    private static boolean opensLaunch(HttpVisitor browser) {
        String init = browser.get("/?v-r=init&location=launch&query=", "application/json").body();
        Matcher key = SECURITY_KEY.matcher(init);
        Matcher ui = UI_ID.matcher(init);
        assertThat(key.find() && ui.find()).as("Vaadin's start-up answer: %s", init).isTrue();
        String navigation = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"launch\",\"query\":\"\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> answer = browser.post("/?v-r=uidl&v-uiId=" + ui.group(1),
                "application/json; charset=UTF-8", navigation);
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body().contains("launch-next");
    }

    /** A session of the given person, as a request on another node would bring it. */
    private static MockHttpServletRequest sessionOf(SignedInUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/account");
        request.setSession(session);
        return request;
    }

    /** The session's next request through the filter every session-keeping chain has. */
    private MockHttpServletRequest follow(MockHttpServletRequest previous) {
        MockHttpServletRequest next = new MockHttpServletRequest("GET", "/account");
        next.setSession(previous.getSession(false));
        SecurityContextHolder.setContext((SecurityContext) previous.getSession(false)
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        try {
            sessions.followAccounts().doFilter(next, new MockHttpServletResponse(), new MockFilterChain());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return next;
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}

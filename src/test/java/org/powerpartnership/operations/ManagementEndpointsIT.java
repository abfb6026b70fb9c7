package org.powerpartnership.operations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Health and metrics: readable by admins from anywhere, by anyone only from the machine itself. */
@IntegrationTest
class ManagementEndpointsIT {

    private static final RequestPostProcessor FROM_ELSEWHERE = request -> {
        request.setRemoteAddr("203.0.113.9");
        return request;
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void a_request_from_another_machine_without_an_admin_sign_in_is_refused() throws Exception {
        mvc.perform(get("/manage/prometheus").with(FROM_ELSEWHERE)).andExpect(status().isUnauthorized());
        mvc.perform(get("/manage/health").with(FROM_ELSEWHERE)).andExpect(status().isUnauthorized());
        mvc.perform(get("/manage/prometheus").with(FROM_ELSEWHERE).with(user(accounts.open(Roles.OFFICER))))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_admin_reads_metrics_and_full_health_from_anywhere() throws Exception {
        var admin = accounts.open(Roles.ADMIN);
        mvc.perform(get("/manage/prometheus").with(FROM_ELSEWHERE).with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/manage/health").with(FROM_ELSEWHERE).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void the_machine_itself_reads_health_for_the_container_health_check() throws Exception {
        mvc.perform(get("/manage/health").with(request -> {
            request.setRemoteAddr("127.0.0.1");
            return request;
        })).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }
}

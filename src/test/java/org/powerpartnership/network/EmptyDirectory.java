package org.powerpartnership.network;

import java.time.Clock;

import org.powerpartnership.audit.AuditLog;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A second, small application for the round trip: just what a directory needs, on a database of its own (our
 * migrations, the Open Referral import and export, the audit log). A test configuration, so the application's own
 * component scan in the other tests leaves it out.
 */
@TestConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
        FlywayAutoConfiguration.class, JacksonAutoConfiguration.class})
@Import({OpenReferralImport.class, OpenReferralExport.class, OpenReferralSchema.class, DirectoryStore.class,
        DirectoryRecords.class,
        AuditLog.class})
class EmptyDirectory {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}

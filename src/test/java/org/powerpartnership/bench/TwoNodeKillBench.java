package org.powerpartnership.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.powerpartnership.support.PostgresRun;

/**
 * The two-node kill at full length (docker/two-nodes.sh; figures in docs/benchmarks.md): two minutes of load
 * ({@code -Dbench.seconds}), 4 clients at 2 pieces of stage work a second each, node a killed in the middle. Runs
 * the production jar named by {@code -Dpp.jar}, or the test class path.
 */
@ExtendWith(PostgresRun.class)
class TwoNodeKillBench {

    @Test
    void two_nodes_one_killed_mid_load() throws Exception {
        assumeTrue(PostgresRun.isPostgresRun(), "PostgreSQL only: two nodes share one PostgreSQL database");
        assumeTrue(TwoNodeCluster.haproxyInstalled(), "haproxy is not installed (apt-get install haproxy)");
        TwoNodeKill.Result result = new TwoNodeKill(Duration.ofSeconds(Long.getLong("bench.seconds", 120)), 4, 2)
                .run();
        System.out.println(result.report());
        assertThat(result.violations()).isEmpty();
    }
}

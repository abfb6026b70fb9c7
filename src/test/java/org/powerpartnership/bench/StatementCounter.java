package org.powerpartnership.bench;

import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the SQL statements each thread sends (a batch counts each of its statements), so a benchmark can say how
 * many statements one operation costs: measured, not guessed.
 */
final class StatementCounter implements QueryExecutionListener {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    static DataSource wrap(DataSource dataSource, String name) {
        return ProxyDataSourceBuilder.create(dataSource).name(name).listener(new StatementCounter()).build();
    }

    static long now() {
        return COUNT.get()[0];
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        // counted after, so failed statements count too (they cost a round trip)
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        long statements = 0;
        for (QueryInfo query : queries) {
            statements += Math.max(1, query.getParametersList().size());
        }
        COUNT.get()[0] += statements;
    }
}

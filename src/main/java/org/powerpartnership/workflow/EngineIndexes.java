package org.powerpartnership.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * An index Camunda's own scripts leave out: every task completion looks for sub-tasks by PARENT_TASK_ID_, a
 * sequential scan that grows with the number of open tasks (measured in docs/benchmarks.md). Created once the
 * engine has made its tables; harmless to run again.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    private final DataSource dataSource;

    EngineIndexes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("create index if not exists ix_act_ru_task_parent on ACT_RU_TASK (PARENT_TASK_ID_)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the index on ACT_RU_TASK.PARENT_TASK_ID_", e);
        }
    }
}

package org.powerpartnership.workflow;

import java.lang.reflect.Field;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDueDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Refuses to complete, claim, hand over, resolve or re-offer one of the application's tasks unless the call came
 * through the {@link ApplicationDoor}. It sits in the engine's command chain ({@link OneDoorPlugin}) and looks at the
 * command about to run: one of the task operations below, on a task of a process we deploy from {@code bpmn/}, is
 * refused before anything happens. Everything else passes: reading, incidents, and the engine's own work (it assigns
 * a task as it creates it, inside whatever command moved the process, and that is never a task operation).
 *
 * <p>Without it an admin could complete a panel vote in Tasklist or through {@code /engine-rest}, skipping every rule
 * the application checks. The refusal is an {@link AuthorizationException}, which the REST API answers with 403 and
 * Tasklist shows as a message. (A task listener could not say so: the engine wraps a listener's exception in a
 * generic one, answered with 500.) The task is found through the command's {@code taskId} (or {@code task}) field,
 * the one internal the engine offers no accessor for; {@code OneDoorIT} proves each operation is still caught.
 */
final class OneDoorGuard extends CommandInterceptor {

    private static final Set<Class<?>> TASK_OPERATIONS = Set.of(CompleteTaskCmd.class,
            SubmitTaskFormCmd.class, ClaimTaskCmd.class, AssignTaskCmd.class, SetTaskOwnerCmd.class,
            DelegateTaskCmd.class, ResolveTaskCmd.class, SaveTaskCmd.class, SetTaskDueDateCmd.class,
            AddUserIdentityLinkCmd.class, AddGroupIdentityLinkCmd.class, DeleteUserIdentityLinkCmd.class,
            DeleteGroupIdentityLinkCmd.class, HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class);

    static final String REFUSAL = "Power Partnership's tasks are completed, claimed and handed over only through its "
            + "own screens, where its rules are checked; Tasklist and the REST API may read them.";

    private final Set<String> applicationProcesses;

    OneDoorGuard(Set<String> applicationProcesses) {
        this.applicationProcesses = Set.copyOf(applicationProcesses);
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (!ApplicationDoor.isOpen() && TASK_OPERATIONS.contains(command.getClass())
                && isApplicationTask(taskIdOf(command))) {
            throw new AuthorizationException(REFUSAL);
        }
        return next.execute(command);
    }

    private boolean isApplicationTask(String taskId) {
        if (taskId == null) {
            return false;
        }
        CommandContext context = Context.getCommandContext();
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null || task.getProcessDefinitionId() == null) {
            return false;
        }
        ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
        return definition != null && applicationProcesses.contains(definition.getKey());
    }

    static String taskIdOf(Command<?> command) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field taskId = type.getDeclaredField("taskId");
                taskId.setAccessible(true);
                return (String) taskId.get(command);
            } catch (NoSuchFieldException notHere) {
                try {
                    Field task = type.getDeclaredField("task");
                    task.setAccessible(true);
                    Object value = task.get(command);
                    return value instanceof Task known ? known.getId() : null;
                } catch (NoSuchFieldException notHereEither) {
                    // look in the superclass
                } catch (IllegalAccessException refused) {
                    throw new IllegalStateException(refused);
                }
            } catch (IllegalAccessException refused) {
                throw new IllegalStateException(refused);
            }
        }
        throw new IllegalStateException("No task in " + command.getClass().getName());
    }
}

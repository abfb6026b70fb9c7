package org.powerpartnership.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link OneDoorGuard} in the engine's command chain for the application's own processes: those deployed
 * from {@code bpmn/} (read from the classpath here, so a process added there is guarded with no list to keep). A process
 * someone deploys by hand through the REST API (the two-node probe does) is not ours and stays open to it.
 */
@Component
class OneDoorPlugin extends AbstractProcessEnginePlugin {

    static final String PROCESSES = "classpath*:bpmn/**/*.bpmn";

    private final Set<String> applicationProcesses = applicationProcessKeys();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // After the command context exists (the guard reads the task), for every command, nested ones included.
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new OneDoorGuard(applicationProcesses));
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
        List<CommandInterceptor> withoutTx = configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequiresNew());
        withoutTx.add(new OneDoorGuard(applicationProcesses));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(withoutTx);
    }

    Set<String> applicationProcesses() {
        return Set.copyOf(applicationProcesses);
    }

    private static Set<String> applicationProcessKeys() {
        Set<String> keys = new HashSet<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PROCESSES)) {
                try (InputStream model = resource.getInputStream()) {
                    Bpmn.readModelFromStream(model).getModelElementsByType(Process.class)
                            .forEach(process -> keys.add(process.getId()));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read the application's processes", unreadable);
        }
        return keys;
    }
}

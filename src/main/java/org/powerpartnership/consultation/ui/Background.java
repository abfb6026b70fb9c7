package org.powerpartnership.consultation.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Long work for the officer screens (launching a consultation, preparing an export) off the UI thread. While work
 * runs, the page polls the server twice a second so the result shows as soon as it is ready; no server push and no
 * frontend build are needed. The result is handed back inside {@link UI#access}, so views change only under the
 * session's lock.
 */
@Component
class Background implements DisposableBean {

    static final int POLL_MILLIS = 500;
    private static final String RUNNING = "pp-background-running";
    private static final String POLL_BEFORE = "pp-background-poll-before";

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, work -> {
        Thread thread = new Thread(work, "officer-screens-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Runs the work on a background thread and hands its outcome to the UI. Call from the UI thread.
     *
     * @param done   runs inside {@code ui.access} with the result
     * @param failed runs inside {@code ui.access} with what the work threw
     */
    <T> CompletableFuture<T> run(UI ui, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        startPolling(ui);
        CompletableFuture<T> future = CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, pool);
        future.whenComplete((result, error) -> ui.access(() -> {
            stopPolling(ui);
            if (error == null) {
                done.accept(result);
            } else {
                failed.accept(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            }
        }));
        return future;
    }

    private static void startPolling(UI ui) {
        Integer running = (Integer) ComponentUtil.getData(ui, RUNNING);
        if (running == null || running == 0) {
            ComponentUtil.setData(ui, POLL_BEFORE, ui.getPollInterval());
            int before = ui.getPollInterval();
            ui.setPollInterval(before > 0 ? Math.min(before, POLL_MILLIS) : POLL_MILLIS);
        }
        ComponentUtil.setData(ui, RUNNING, running == null ? 1 : running + 1);
    }

    private static void stopPolling(UI ui) {
        Integer running = (Integer) ComponentUtil.getData(ui, RUNNING);
        int left = running == null ? 0 : Math.max(0, running - 1);
        ComponentUtil.setData(ui, RUNNING, left);
        if (left == 0) {
            Integer before = (Integer) ComponentUtil.getData(ui, POLL_BEFORE);
            ui.setPollInterval(before == null ? -1 : before);
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}

package org.powerpartnership.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.participation.ResponseBrowser;
import org.powerpartnership.participation.ResponseExports;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.PostgresRun;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The responses screen benchmark (./mvnw -Pbench verify -Dit.test=ResponsesBench; results in docs/benchmarks.md).
 * Writes N responses ({@code -Dbench.responses}, default 10,000) to one consultation through the real path
 * ({@link ParticipationService#respond} and {@link ParticipationService#enterOnBehalf}: validation, the response row,
 * its choice rows, the audit log), then times what the screen asks for: the first page, a filtered page (channel, a
 * choice answer and words), the per-question summaries, and one CSV export. Prints figures; asserts nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
@ExtendWith(PostgresRun.class)
class ResponsesBench {

    private static final int RESPONSES = Integer.getInteger("bench.responses", 10_000);
    private static final int WARM_UP = 50;
    private static final int RUNS = Integer.getInteger("bench.runs", 300);
    private static final List<String> CHANNELS = List.of("online", "assisted", "paper", "event");
    private static final List<String> AGREEMENT = List.of("strongly_agree", "agree", "neutral", "disagree",
            "strongly_disagree");
    private static final List<String> AGE_BANDS = List.of("18-24", "25-34", "35-44", "45-54", "55-64", "65-74");
    private static final List<String> SAYINGS = List.of("The bus shelter at the top stop has no roof.",
            "Keep the library open later in the evening.", "More benches by the pond, please.",
            "The crossing near the school is dangerous at home time.", "Bins overflow every weekend on the market.",
            "Trees on the high street would make it cooler.");

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    ParticipationService participation;
    @Autowired
    ResponseBrowser browser;
    @Autowired
    ResponseExports exports;
    @Autowired
    JdbcClient jdbc;

    private final StringBuilder report = new StringBuilder();

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void benchmark() throws IOException {
        String database = PostgresRun.isPostgresRun() ? "PostgreSQL" : "H2";
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        SignedInUser lead = cast.lead();
        long id = consultation.id();

        Random random = new Random(42);
        long start = System.nanoTime();
        for (int i = 0; i < RESPONSES; i++) {
            String channel = CHANNELS.get(i % CHANNELS.size());
            Map<String, Object> answers = new LinkedHashMap<>();
            answers.put("agreement", AGREEMENT.get(random.nextInt(AGREEMENT.size())));
            answers.put("whatMattersMost", SAYINGS.get(random.nextInt(SAYINGS.size())) + " (" + i + ")");
            if (random.nextInt(10) < 7) {
                answers.put("postcode", "LS" + (1 + random.nextInt(20)) + " " + (1 + random.nextInt(9)) + "AB");
            }
            if (random.nextBoolean()) {
                answers.put("ageBand", AGE_BANDS.get(random.nextInt(AGE_BANDS.size())));
            }
            if (ParticipationService.ON_BEHALF_CHANNELS.contains(channel)) {
                participation.enterOnBehalf(lead, id, answers, channel, "bench-" + id + "-" + i);
            } else {
                // the same path and SQL as a resident's own or a partner's response, without 5,000 accounts
                participation.respond(lead, id, answers, channel, lead.userId());
            }
        }
        double writeSeconds = (System.nanoTime() - start) / 1e9;
        if (!PostgresRun.isPostgresRun()) {
            // H2 hands back a query's previous result while its tables are unchanged, which would time a cache
            jdbc.sql("set optimize_reuse_results 0").update();
        }
        if (PostgresRun.isPostgresRun()) {
            // the lead's server runs with autovacuum off: give the planner the statistics it would have
            jdbc.sql("analyze response").update();
            jdbc.sql("analyze response_choice").update();
        }

        ResponseBrowser.Filter filtered = new ResponseBrowser.Filter("paper", null, "agreement", "disagree", "shelter");
        Measurements first = measure(() -> browser.page(lead, id, ResponseBrowser.Filter.NONE, 0));
        Measurements narrowed = measure(() -> browser.page(lead, id, filtered, 0));
        Measurements deep = measure(() -> browser.page(lead, id, ResponseBrowser.Filter.NONE, RESPONSES - 25));
        Measurements summaries = measure(() -> browser.summaries(lead, id, ResponseBrowser.Filter.NONE));
        Measurements summariesFiltered = measure(() -> browser.summaries(lead, id, filtered));
        long exportStart = System.nanoTime();
        int csvBytes = exports.csv(lead, id, ResponseBrowser.Filter.NONE).length();
        double exportMillis = (System.nanoTime() - exportStart) / 1e6;
        int matching = browser.page(lead, id, filtered, 0).total();

        line("# Responses screen benchmark: %s, %d responses in one consultation, %d cores", database, RESPONSES,
                Runtime.getRuntime().availableProcessors());
        line("");
        line("Written through the real path in %.1f s (%.0f responses/s, one thread).", writeSeconds,
                RESPONSES / writeSeconds);
        line("");
        line("| query (%d runs after %d warm-up) | p50 (ms) | p95 (ms) | target |", RUNS, WARM_UP);
        line("| --- | --- | --- | --- |");
        row("first page (25 newest, with the total)", first, "p95 < 50 ms on PostgreSQL");
        row("filtered page: paper + agreement=disagree + \"shelter\" (" + matching + " match)", narrowed,
                "p95 < 50 ms on PostgreSQL");
        row("last page (offset " + (RESPONSES - 25) + ")", deep, "");
        row("summaries of the choice questions, all responses", summaries, "");
        row("summaries, filtered as above", summariesFiltered, "");
        line("| CSV export of all responses (once; %d KiB) | %.1f | | |", csvBytes / 1024, exportMillis);
        Path dir = Path.of("target", "benchmarks");
        Files.createDirectories(dir);
        if (!PostgresRun.isPostgresRun()) {
            jdbc.sql("set optimize_reuse_results 1").update();
        }
        Files.writeString(dir.resolve("responses-" + database.toLowerCase(Locale.ROOT) + ".md"), report);
    }

    private static Measurements measure(Supplier<?> query) {
        for (int i = 0; i < WARM_UP; i++) {
            query.get();
        }
        Measurements measurements = new Measurements();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            measurements.record(System.nanoTime() - start, 0);
        }
        return measurements;
    }

    private void row(String name, Measurements m, String target) {
        line("| %s | %.2f | %.2f | %s |", name, m.percentileMillis(50), m.percentileMillis(95), target);
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }
}

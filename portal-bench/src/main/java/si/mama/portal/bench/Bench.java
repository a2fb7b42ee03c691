package si.mama.portal.bench;

import si.mama.portal.launcher.Settings;
import si.mama.portal.launcher.Stack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark ({@code ./mvnw -Pbench}): starts the real stack (MariaDB, Keycloak, mail catcher, Payara Micro with
 * the portal and its demo data) on free ports, generates the small data set, measures the pages and the
 * registration rush with Gatling against the floor of this machine, grows the data set to the large size by SQL,
 * measures the pages again, reads the server's heap, and prints the table (also written to
 * {@code target/bench/results.md}; Gatling's own reports are under {@code target/bench/gatling}).
 */
public final class Bench {

    private static final String DB_ADMIN = "bench";
    private static final String DB_ADMIN_PASSWORD = "bench-admin";
    private static final int POOL_CONNECTIONS = 32; // PortalDataSource's maxPoolSize

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(System.getProperty("bench.output", "target/bench")).toAbsolutePath();
        int small = Integer.getInteger("bench.centres.small", 50);
        int large = Integer.getInteger("bench.centres.large", 5_000);
        int users = Integer.getInteger("bench.users", 20);
        int attempts = Integer.getInteger("bench.rush.attempts", 500);
        int seats = Integer.getInteger("bench.rush.seats", 30);
        Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.warm-up-seconds", 60));
        Duration pageWindow = Duration.ofSeconds(Integer.getInteger("bench.page-seconds", 60));
        Files.createDirectories(output);

        int http = freePort();
        Settings settings = new Settings(output.resolve("data"),
                Path.of(System.getProperty("portal.stack.dir", "portal-launcher/target/stack")).toAbsolutePath(),
                Boolean.parseBoolean(System.getProperty("bench.reset", "true")), http, freePort(), freePort(),
                "portal", "portal-bench", "keycloak", "keycloak-bench", "admin", "admin-bench", "bench-client-secret", "http://localhost:" + http,
                System.getProperty("bench.heap", "768m"), true, "127.0.0.1", freePort(), freePort(), 1800,
                "bench-accounts-secret");
        Report report = new Report(LocalDateTime.now(), small, large, users, attempts, seats, warmUp, pageWindow);
        Stack stack = new Stack(settings, line -> say(line));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "bench-stack-shutdown"));
        try {
            stack.start();
            report.started(stack.portalStartTime(), stack.keycloakStartTime(), settings.reset());
            stack.runAsDatabaseAdministrator(dbAdmin());
            try (Connection db = DriverManager.getConnection(settings.portalDbUrl(), DB_ADMIN, DB_ADMIN_PASSWORD)) {
                run(settings, stack, db, report, output, small, large, users, attempts, seats, warmUp, pageWindow);
            }
        } finally {
            stack.close();
        }
        String table = report.markdown();
        Files.writeString(output.resolve("results.md"), table);
        System.out.println();
        System.out.println(table);
        System.out.println("[bench] The table is in " + output.resolve("results.md") + "; Gatling's reports are in "
                + output.resolve("gatling"));
    }

    private static void run(Settings settings, Stack stack, Connection db, Report report, Path output, int small, int large,
                            int users, int attempts, int seats, Duration warmUp, Duration pageWindow) throws Exception {
        DataSet data = new DataSet(db);
        int rushCentres = Math.min(40, data.centres());
        List<String> aliases = data.firstCentreAliases(rushCentres);
        int offices = Math.max(1, users / 5);
        say("Creating " + rushCentres + " centre admins and " + offices + " office admins in Keycloak");
        List<BenchRun.Account> accounts = new BenchAccounts(settings).create(aliases, offices);
        List<BenchRun.Account> pageUsers = new ArrayList<>(accounts.subList(0, users - offices));
        pageUsers.addAll(accounts.subList(rushCentres, rushCentres + offices));
        List<BenchRun.Page> pages = List.of(
                new BenchRun.Page("centre home", "/centre/index", false),
                new BenchRun.Page("catalogue", "/academy/index", false),
                new BenchRun.Page("plan", "/plan/index", false),
                new BenchRun.Page("questionnaire", "/surveys/answer?id=3", false),
                new BenchRun.Page("office centre list", "/office/centres", true));
        report.pages(pages);

        sizeUp(settings, db, data, output, pageUsers, pages, warmUp, pageWindow, report, small, true);

        say("Registration rush: " + attempts + " attempts on a " + seats + "-seat training");
        long training = data.rushTraining(seats);
        List<BenchRun.Attempt> rushAttempts = new ArrayList<>();
        List<List<Long>> people = new ArrayList<>();
        for (String alias : aliases) {
            people.add(data.peopleOf(alias, (attempts + rushCentres - 1) / rushCentres));
        }
        for (int i = 0; i < attempts; i++) {
            int centre = i % rushCentres;
            rushAttempts.add(new BenchRun.Attempt(accounts.get(centre), people.get(centre).get(i / rushCentres)));
        }
        RushClock clock = new RushClock(stack.portalProcess().orElseThrow(), attempts);
        BenchRun.use(new BenchRun(settings.baseUrl(), pageUsers, pages, warmUp, pageWindow, new Timings(), null,
                "rush", new BenchRun.Rush(training, rushAttempts, clock)));
        gatling(RushSimulation.class, output, "registration rush");
        clock.over();
        double jdbc = JdbcFloor.insertsPerSecond(settings.portalDbUrl(), settings.dbUser(), settings.dbPassword(),
                POOL_CONNECTIONS, POOL_CONNECTIONS * 100);
        report.rush(clock, data.statuses(training), jdbc, POOL_CONNECTIONS);

        if (large > small) {
            sizeUp(settings, db, data, output, pageUsers, pages, warmUp, pageWindow, report, large, false);
        }
        ProcessHandle server = stack.portalProcess().orElseThrow();
        long[] heap = Heap.afterGc(server);
        report.heap(heap[0], heap[1]);
    }

    /** Grows the data set by SQL to {@code centres} (timed), then measures the pages there. */
    private static void sizeUp(Settings settings, Connection db, DataSet data, Path output, List<BenchRun.Account> users,
                               List<BenchRun.Page> pages, Duration warmUp, Duration pageWindow, Report report,
                               int centres, boolean first) throws Exception {
        String size = centres + " centres";
        say("Generating the data set by SQL: " + size);
        long begin = System.nanoTime();
        data.growTo(centres);
        Duration load = Duration.ofNanos(System.nanoTime() - begin);
        StatementLog statements = new StatementLog(db, settings.dbUser(), output.resolve("statements/" + centres));
        say("Measuring the pages at " + size + ": " + users.size() + " users sign in, then " + warmUp.toSeconds()
                + " s of warm-up, " + pageWindow.toSeconds() + " s measured (each page followed by the static file),"
                + " then SQL statements per page");
        Timings timings = new Timings();
        BenchRun.use(new BenchRun(settings.baseUrl(), users, pages, warmUp, pageWindow, timings, statements,
                size.replace(' ', '-'), null));
        statements.on();
        String before = loadAverage();
        try {
            gatling(PagesSimulation.class, output, "pages at " + size);
        } finally {
            statements.off();
        }
        report.load(centres, before, loadAverage());
        report.measured(first, load, data.counts(), timings, statements);
    }

    private static void gatling(Class<?> simulation, Path output, String description) {
        int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[]{
                "-s", simulation.getName(),
                "-rf", output.resolve("gatling").toString(),
                "-rd", description});
        say("Gatling (" + description + ") finished with status " + status);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String dbAdmin() {
        StringBuilder sql = new StringBuilder();
        for (String host : List.of("localhost", "127.0.0.1", "%")) {
            String account = "'" + DB_ADMIN + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(DB_ADMIN_PASSWORD)
                    .append("';\nGRANT ALL PRIVILEGES ON *.* TO ").append(account).append(";\n");
        }
        return sql.append("FLUSH PRIVILEGES;").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void say(String line) {
        System.out.println("[bench] " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + " " + line);
    }
}

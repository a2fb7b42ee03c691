package si.mama.portal.platform.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway when the portal is deployed, before any page is served.
 * The demo data set is not part of the WAR: the run command passes its folder as
 * {@code portal.demo-data.location} (e.g. {@code filesystem:/.../demo-data}), and it is loaded only into a
 * database that has no centres yet. A production deployment sets nothing and gets the schema alone.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

    static final String DEMO_HISTORY_TABLE = "flyway_demo_history";
    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.demo-data.location")
    Optional<String> demoData;

    @PostConstruct
    void migrate() {
        Flyway schema = flyway("classpath:db/migration", "flyway_schema_history");
        MigrateResult result = schema.migrate();
        LOG.info(() -> "Schema at version " + schema.info().current().getVersion() + " (" + result.migrationsExecuted
                + " migrations applied now)");
        demoData.filter(location -> !location.isBlank()).ifPresent(this::loadDemoData);
    }

    private void loadDemoData(String location) {
        if (!tableExists(DEMO_HISTORY_TABLE) && centreCount() > 0) {
            LOG.warning("Demo data requested but the database already holds centres: demo data is not loaded");
            return;
        }
        // the demo history starts at a baseline below V1, so the demo scripts run on top of the schema
        MigrateResult demo = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(location)
                .table(DEMO_HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Demo data: " + demo.migrationsExecuted + " scripts applied");
    }

    private Flyway flyway(String location, String historyTable) {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(location)
                .table(historyTable)
                .load();
    }

    private boolean tableExists(String table) {
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, table, null)) {
            return tables.next();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database catalogue", e);
        }
    }

    private long centreCount() {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from centre")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count centres", e);
        }
    }
}

package si.mama.portal.platform.datasource;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's connection pool. Every value comes from MicroProfile Config (system property or
 * environment variable, e.g. PORTAL_DB_URL), so the same WAR runs against the embedded MariaDB of the
 * run command and against a production server. Connections are validated before use, so a restarted
 * MariaDB is picked up without restarting the portal.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/portal",
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
public class PortalDataSource {
}

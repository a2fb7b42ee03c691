package si.mama.portal.platform.health;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * MicroProfile Health endpoints of the portal ({@code /health}, {@code /health/ready}, {@code /health/live}).
 * With the portal at the root context the application answers these paths itself, so this servlet runs the
 * application's {@link Readiness} and {@link Liveness} checks and answers in the MicroProfile Health format:
 * 200 when every check is up, 503 otherwise.
 */
@WebServlet(urlPatterns = {"/health", "/health/*"})
public class HealthServlet extends HttpServlet {

    @Inject
    @Any
    Instance<HealthCheck> checks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        List<Annotation> kinds = switch (path) {
            case "/ready" -> List.of(Readiness.Literal.INSTANCE);
            case "/live" -> List.of(Liveness.Literal.INSTANCE);
            case "/", "" -> List.of(Readiness.Literal.INSTANCE, Liveness.Literal.INSTANCE);
            default -> null;
        };
        if (kinds == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean up = true;
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (Annotation kind : kinds) {
            for (HealthCheck check : (Iterable<HealthCheck>) StreamSupport.stream(checks.select(kind).spliterator(), false)::iterator) {
                HealthCheckResponse result = check.call();
                up &= result.getStatus() == HealthCheckResponse.Status.UP;
                JsonObjectBuilder entry = Json.createObjectBuilder().add("name", result.getName())
                        .add("status", result.getStatus().name());
                result.getData().ifPresent(data -> {
                    JsonObjectBuilder details = Json.createObjectBuilder();
                    data.forEach((key, value) -> details.add(key, String.valueOf(value)));
                    entry.add("data", details);
                });
                results.add(entry);
            }
        }
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("status", up ? "UP" : "DOWN")
                .add("checks", results).build().toString());
    }
}

package si.mama.portal.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.Optional;

/**
 * Names the node that answered ({@code X-Portal-Node}, from {@code portal.node}) when several run behind a proxy, so an
 * operator or a test sees where a request went. Without the setting (a single node) no header is sent.
 */
@WebFilter(filterName = "nodeHeader", urlPatterns = "/*")
public class NodeHeaderFilter extends HttpFilter {

    public static final String HEADER = "X-Portal-Node";

    @Inject
    @ConfigProperty(name = "portal.node")
    Optional<String> node;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        node.filter(name -> !name.isBlank()).ifPresent(name -> response.setHeader(HEADER, name));
        chain.doFilter(request, response);
    }
}

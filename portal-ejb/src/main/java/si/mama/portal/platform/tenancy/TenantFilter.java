package si.mama.portal.platform.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.platform.entity.Tenancy;

/**
 * The one place where the tenant filter is applied. Sets the current user's centre on the transaction's
 * persistence context before a {@link CentreScoped} boundary runs; EclipseLink then adds the centre to
 * every query, find, update and delete of a {@code @Multitenant} entity and fills it on insert. A caller
 * without a centre is refused before any query runs, and a query without the property fails in EclipseLink.
 */
@CentreScoped
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class TenantFilter {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @AroundInvoke
    public Object restrictToCurrentCentre(InvocationContext invocation) throws Exception {
        em.setProperty(Tenancy.CONTEXT_PROPERTY, currentUser.centreId());
        return invocation.proceed();
    }
}

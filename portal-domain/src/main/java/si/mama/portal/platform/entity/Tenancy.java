package si.mama.portal.platform.entity;

/**
 * Names shared by every centre-owned entity and the one mechanism that applies the tenant filter.
 * A centre-owned entity is annotated {@code @Multitenant} with
 * {@code @TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)}.
 */
public final class Tenancy {

    /** EntityManager property carrying the id of the current user's centre. */
    public static final String CONTEXT_PROPERTY = "portal.centre";

    /** Column holding the owning centre's id on every centre-owned table. */
    public static final String COLUMN = "centre_id";

    private Tenancy() {
    }
}

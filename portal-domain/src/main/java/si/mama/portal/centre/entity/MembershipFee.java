package si.mama.portal.centre.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/** A centre's membership fee (članarina) for one year: the amount due and its due date, and what was paid when. */
@Entity
@Table(name = "membership_fee")
@NamedQuery(name = "MembershipFee.ofCentre", query = "select f from MembershipFee f where f.centre = :centre"
        + " order by f.year desc")
@NamedQuery(name = "MembershipFee.ofYear", query = "select f from MembershipFee f join fetch f.centre c"
        + " where f.year = :year order by c.name")
public class MembershipFee implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most the columns hold (decimal(10,2)). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private Centre centre;

    @Column(name = "fee_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "amount_due", nullable = false, precision = 10, scale = 2)
    private BigDecimal amountDue;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "amount_paid", precision = 10, scale = 2)
    private BigDecimal amountPaid;

    @Version
    private long version;

    protected MembershipFee() {
        // for JPA
    }

    public MembershipFee(Centre centre, int year, BigDecimal amountDue, LocalDate dueOn) {
        this.centre = Objects.requireNonNull(centre, "centre");
        this.year = year;
        this.amountDue = amount(amountDue, "amountDue");
        if (dueOn == null) {
            throw new MembershipRuleViolation("dueOn", "required");
        }
        this.dueOn = dueOn;
    }

    /** Records a payment (replacing an earlier one, to correct it): a positive amount on a day not in the future. */
    public void pay(LocalDate on, BigDecimal amount, LocalDate today) {
        if (on == null) {
            throw new MembershipRuleViolation("paidOn", "required");
        }
        if (on.isAfter(today)) {
            throw new MembershipRuleViolation("paidOn", "paidInFuture");
        }
        this.amountPaid = amount(amount, "amountPaid");
        this.paidOn = on;
    }

    private static BigDecimal amount(BigDecimal value, String field) {
        if (value == null) {
            throw new MembershipRuleViolation(field, "required");
        }
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 2 || value.compareTo(MAX_AMOUNT) > 0) {
            throw new MembershipRuleViolation(field, "amount");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Paid in full: at least the amount due came in. */
    public boolean isPaid() {
        return amountPaid != null && amountPaid.compareTo(amountDue) >= 0;
    }

    /** What is still to pay; never below zero. */
    public BigDecimal getOutstanding() {
        BigDecimal paid = amountPaid == null ? BigDecimal.ZERO : amountPaid;
        return amountDue.subtract(paid).max(BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Unpaid (in part or whole) after its due date. */
    public boolean isOverdue(LocalDate today) {
        return !isPaid() && dueOn.isBefore(today);
    }

    /** "150.00 EUR, 2026-03-31": the amount due and its date, as the change history keeps it. */
    public String describeDue() {
        return amountDue.toPlainString() + " EUR, " + dueOn;
    }

    /** "150.00 EUR, 2026-02-10", or {@code null} before a payment. */
    public String describePayment() {
        return amountPaid == null ? null : amountPaid.toPlainString() + " EUR, " + paidOn;
    }

    public Long getId() {
        return id;
    }

    public Centre getCentre() {
        return centre;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAmountDue() {
        return amountDue;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getAmountPaid() {
        return amountPaid;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof MembershipFee fee && id != null && id.equals(fee.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}

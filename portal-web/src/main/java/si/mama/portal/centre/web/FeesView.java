package si.mama.portal.centre.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import si.mama.portal.centre.boundary.FeeYear;
import si.mama.portal.centre.boundary.MembershipFees;
import si.mama.portal.centre.entity.MembershipFee;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A year's membership fees ({@code /office/fees?year=&unpaid=true}) with the year's totals; the office admin sets the
 * year's fee for every member centre in one step and marks payments.
 */
@Named
@ViewScoped
public class FeesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MembershipFees fees;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Integer year;
    private boolean unpaid;
    private FeeYear feeYear;
    private BigDecimal amount;
    private LocalDate dueOn;
    private Long payingId;
    private String payingCentre;
    private LocalDate paidOn;
    private BigDecimal amountPaid;

    public void load() {
        if (year == null) {
            year = PortalClock.today().getYear();
        }
        feeYear = fees.ofYear(year, unpaid);
    }

    public void startSetting() {
        amount = null;
        dueOn = LocalDate.of(year, 3, 31);
    }

    public void setForYear() {
        try {
            int set = fees.setForYear(year, amount, dueOn);
            texts.info("fees.setDone", set, year);
            PrimeFaces.current().executeScript("PF('setFeeDialog').hide()");
            load();
        } catch (PortalException refusal) {
            texts.error(refusal, "setFeeForm");
        }
    }

    public void startPaying(long feeId) {
        MembershipFee fee = feeYear.getFees().stream().filter(f -> f.getId() == feeId).findFirst().orElseThrow();
        payingId = feeId;
        payingCentre = fee.getCentre().getName();
        paidOn = PortalClock.today();
        amountPaid = fee.getAmountDue();
    }

    public void pay() {
        try {
            fees.pay(payingId, paidOn, amountPaid);
            texts.info("fees.paidDone", payingCentre);
            PrimeFaces.current().executeScript("PF('payDialog').hide()");
            load();
        } catch (PortalException refusal) {
            texts.error(refusal, "payForm");
        }
    }

    public boolean isOfficeAdmin() {
        return currentUser.has(Role.OFFICE_ADMIN);
    }

    public LocalDate getToday() {
        return PortalClock.today();
    }

    public FeeYear getFeeYear() {
        return feeYear;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public boolean isUnpaid() {
        return unpaid;
    }

    public void setUnpaid(boolean unpaid) {
        this.unpaid = unpaid;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getPayingCentre() {
        return payingCentre;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public BigDecimal getAmountPaid() {
        return amountPaid;
    }

    public void setAmountPaid(BigDecimal amountPaid) {
        this.amountPaid = amountPaid;
    }
}

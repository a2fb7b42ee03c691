package si.mama.portal.centre.boundary;

import si.mama.portal.centre.entity.MembershipFee;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A year's membership fees as listed (all or the unpaid ones) and the year's totals over every centre. */
public record FeeYear(int year, List<MembershipFee> fees, BigDecimal due, BigDecimal paid, BigDecimal outstanding,
                      long count, long paidCount) implements Serializable {

    public FeeYear {
        fees = List.copyOf(fees);
    }

    static FeeYear of(int year, List<MembershipFee> all, boolean unpaidOnly) {
        BigDecimal due = BigDecimal.ZERO.setScale(2);
        BigDecimal paid = BigDecimal.ZERO.setScale(2);
        BigDecimal outstanding = BigDecimal.ZERO.setScale(2);
        for (MembershipFee fee : all) {
            due = due.add(fee.getAmountDue());
            paid = paid.add(fee.getAmountPaid() == null ? BigDecimal.ZERO : fee.getAmountPaid());
            outstanding = outstanding.add(fee.getOutstanding());
        }
        List<MembershipFee> shown = unpaidOnly ? all.stream().filter(fee -> !fee.isPaid()).toList() : all;
        return new FeeYear(year, shown, due, paid, outstanding, all.size(),
                all.stream().filter(MembershipFee::isPaid).count());
    }

    // accessors for pages: Jakarta EL 5 does not read record components

    public List<MembershipFee> getFees() {
        return fees;
    }

    public BigDecimal getDue() {
        return due;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public BigDecimal getOutstanding() {
        return outstanding;
    }

    public long getCount() {
        return count;
    }

    public long getPaidCount() {
        return paidCount;
    }
}

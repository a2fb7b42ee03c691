package si.mama.portal.centre.control;

import si.mama.portal.centre.entity.MembershipFee;
import si.mama.portal.platform.export.TableModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A year's membership fees as a table for the spreadsheet: one row per centre, amounts as numbers, dates as dates. */
public final class FeeTable {

    private final Function<String, String> text;

    public FeeTable(Function<String, String> text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    public TableModel of(int year, List<MembershipFee> fees) {
        List<String> headers = List.of(text.apply("centre.name"), text.apply("centre.region"),
                text.apply("fees.amountDue"), text.apply("fees.dueOn"), text.apply("fees.amountPaid"),
                text.apply("fees.paidOn"), text.apply("fees.outstanding"), text.apply("fees.status"));
        List<List<Object>> rows = new ArrayList<>();
        for (MembershipFee fee : fees) {
            List<Object> row = new ArrayList<>();
            row.add(fee.getCentre().getName());
            row.add(text.apply(fee.getCentre().getRegion().bundleKey()));
            row.add(fee.getAmountDue());
            row.add(fee.getDueOn());
            row.add(fee.getAmountPaid());
            row.add(fee.getPaidOn());
            row.add(fee.getOutstanding());
            row.add(text.apply(fee.isPaid() ? "fees.paid" : "fees.unpaid"));
            rows.add(row);
        }
        return new TableModel(text.apply("fees.title") + " " + year, headers, rows);
    }
}

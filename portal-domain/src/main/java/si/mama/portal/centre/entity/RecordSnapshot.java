package si.mama.portal.centre.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a centre's membership record says at one moment, field by field, as the change history writes it. Two
 * snapshots, before and after a change, give the changed fields: the one way every change reaches the history.
 */
public final class RecordSnapshot {

    public static final String YES = "membership.yes";
    public static final String NO = "membership.no";
    public static final String FIELD = "membership.field.";

    /** One field's change: the field's bundle key, an optional subject (a fee's year), old and new. */
    public record FieldChange(String field, String subject, String oldValue, String newValue) {
        public FieldChange {
            Objects.requireNonNull(field, "field");
        }
    }

    private record Value(String field, String subject, String text) {
    }

    private final Map<String, Value> values = new LinkedHashMap<>();

    private RecordSnapshot() {
    }

    public static RecordSnapshot of(Centre centre) {
        RecordSnapshot snapshot = new RecordSnapshot();
        CentreProfile profile = centre.getProfile();
        snapshot.put("name", centre.getName());
        snapshot.put("municipality", centre.getMunicipality());
        snapshot.put("region", centre.getRegion().bundleKey());
        snapshot.put("status", centre.getMembershipStatus().bundleKey());
        snapshot.put("legalName", profile.getLegalName());
        snapshot.put("registrationNumber", profile.getRegistrationNumber());
        snapshot.put("taxNumber", profile.getTaxNumber());
        snapshot.put("address", profile.getAddress());
        snapshot.put("foundedYear", profile.getFoundedYear() == null ? null : profile.getFoundedYear().toString());
        snapshot.put("memberSince", date(profile.getMemberSince()));
        snapshot.put("usesLogbook", profile.isUsesLogbook() ? YES : NO);
        snapshot.put("hostel", profile.isRunsHostel() ? profile.getHostelBeds().toString() : NO);
        snapshot.put("email", centre.getEmail());
        snapshot.put("phone", centre.getPhone());
        snapshot.put("website", centre.getWebsite());
        for (CentreContact contact : centre.getContacts()) {
            snapshot.values.put("contact#" + Objects.requireNonNull(contact.getId(), "a stored contact"),
                    new Value(FIELD + "contact", null, contact.getRole().bundleKey() + ": " + contact.describe()));
        }
        return snapshot;
    }

    private void put(String field, String text) {
        values.put(field, new Value(FIELD + field, null, text));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** The fields that differ from {@code after}, in the record's order; a removed contact has no new value. */
    public List<FieldChange> changesTo(RecordSnapshot after) {
        Set<String> keys = new LinkedHashSet<>(values.keySet());
        keys.addAll(after.values.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String key : keys) {
            Value old = values.get(key);
            Value now = after.values.get(key);
            String oldText = old == null ? null : old.text();
            String newText = now == null ? null : now.text();
            if (!Objects.equals(oldText, newText)) {
                Value named = now == null ? old : now;
                changes.add(new FieldChange(named.field(), named.subject(), oldText, newText));
            }
        }
        return changes;
    }
}

package si.mama.portal.platform.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the database holds of the academy, read with plain JDBC on the portal's data source, outside any
 * transaction: committed rows of every centre, never the tenant-filtered EntityManager's view of them. The few
 * writes are for states no boundary reaches yet (see {@link TestTrainings}).
 */
@ApplicationScoped
public class AcademyTables {

    /** A training's row: status, limits and the seat counters. */
    public record TrainingRow(long id, int year, String status, int capacity, Integer centreQuota, LocalDate deadline,
                              int seatsTaken, int waitlistLength, long version) {
    }

    /** A registration's row, every column but the timestamps of creation. */
    public record RegistrationRow(long id, long centreId, long trainingId, long personId, String status,
                                  Integer waitlistPosition, String registeredBy, Timestamp cancelledAt, long version) {

        public boolean live() {
            return !"CANCELLED".equals(status);
        }
    }

    /** A training and all its registrations, column by column: equal means nothing was written. */
    public record Snapshot(TrainingRow training, List<RegistrationRow> registrations) {
    }

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    public TrainingRow training(long trainingId) {
        String sql = "select id, training_year, status, capacity, centre_quota, registration_deadline, seats_taken,"
                + " waitlist_length, version from training where id = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, trainingId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("No training row with id " + trainingId);
                }
                return new TrainingRow(row.getLong("id"), row.getInt("training_year"), row.getString("status"),
                        row.getInt("capacity"), (Integer) row.getObject("centre_quota", Integer.class),
                        row.getDate("registration_deadline").toLocalDate(), row.getInt("seats_taken"),
                        row.getInt("waitlist_length"), row.getLong("version"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Every registration of a training, of all centres, in the order they were made. */
    public List<RegistrationRow> registrations(long trainingId) {
        return registrations("training_id = ?", trainingId);
    }

    /** The training's registrations that hold a seat or a waitlist place, in the order they were made. */
    public List<RegistrationRow> live(long trainingId) {
        return registrations(trainingId).stream().filter(RegistrationRow::live).toList();
    }

    public RegistrationRow registration(long registrationId) {
        return registrations("id = ?", registrationId).stream().findFirst()
                .orElseThrow(() -> new AssertionError("No registration row with id " + registrationId));
    }

    public Snapshot snapshot(long trainingId) {
        return new Snapshot(training(trainingId), registrations(trainingId));
    }

    /** Sets a training's status directly: the Trainings boundary has no cancel() or complete() yet. */
    public void setStatus(long trainingId, String status) {
        update("update training set status = ?, version = version + 1 where id = ?", status, trainingId);
    }

    /** Moves a training's registration deadline, e.g. into the past once people are registered. */
    public void setDeadline(long trainingId, LocalDate deadline) {
        update("update training set registration_deadline = ?, version = version + 1 where id = ?",
                Date.valueOf(deadline), trainingId);
    }

    private List<RegistrationRow> registrations(String where, long parameter) {
        String sql = "select id, centre_id, training_id, person_id, status, waitlist_position, registered_by,"
                + " cancelled_at, version from registration where " + where + " order by id";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            List<RegistrationRow> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(new RegistrationRow(row.getLong("id"), row.getLong("centre_id"), row.getLong("training_id"),
                            row.getLong("person_id"), row.getString("status"),
                            (Integer) row.getObject("waitlist_position", Integer.class), row.getString("registered_by"),
                            row.getTimestamp("cancelled_at"), row.getLong("version")));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            if (statement.executeUpdate() != 1) {
                throw new AssertionError("Expected one row changed by " + sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

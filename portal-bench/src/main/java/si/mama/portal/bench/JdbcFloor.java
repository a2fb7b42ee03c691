package si.mama.portal.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The database's floor for the rush: single-row INSERTs, each committed on its own (autocommit), over as many
 * connections as the portal's pool has, into a scratch table of the same MariaDB. Rows per second.
 */
final class JdbcFloor {

    private JdbcFloor() {
    }

    static double insertsPerSecond(String url, String user, String password, int connections, int rows) throws Exception {
        try (Connection setup = DriverManager.getConnection(url, user, password); Statement statement = setup.createStatement()) {
            statement.execute("create table if not exists bench_insert (id bigint not null auto_increment primary key,"
                    + " training_id bigint not null, person_id bigint not null, status varchar(16) not null,"
                    + " registered_by varchar(100) not null, registered_at timestamp(3) not null default current_timestamp(3))"
                    + " engine = InnoDB");
            statement.execute("truncate table bench_insert");
        }
        List<Connection> open = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        try {
            for (int i = 0; i < connections; i++) {
                Connection connection = DriverManager.getConnection(url, user, password);
                connection.setAutoCommit(true);
                open.add(connection);
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            int perConnection = rows / connections;
            for (int i = 0; i < connections; i++) {
                Connection connection = open.get(i);
                int worker = i;
                done.add(threads.submit(() -> {
                    go.await();
                    try (PreparedStatement insert = connection.prepareStatement("insert into bench_insert"
                            + " (training_id, person_id, status, registered_by) values (?, ?, 'CONFIRMED', 'bench')")) {
                        for (int row = 0; row < perConnection; row++) {
                            insert.setLong(1, worker);
                            insert.setLong(2, row);
                            insert.executeUpdate();
                        }
                    }
                    return null;
                }));
            }
            long begin = System.nanoTime();
            go.countDown();
            for (Future<?> each : done) {
                each.get();
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            return perConnection * connections / seconds;
        } finally {
            threads.shutdownNow();
            for (Connection connection : open) {
                connection.close();
            }
            try (Connection cleanup = DriverManager.getConnection(url, user, password);
                 Statement statement = cleanup.createStatement()) {
                statement.execute("drop table if exists bench_insert");
            } catch (SQLException ignored) {
                // a scratch table left behind does no harm
            }
        }
    }
}

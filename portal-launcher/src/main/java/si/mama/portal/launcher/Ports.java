package si.mama.portal.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks that a port is free before a server tries (and fails obscurely) to bind it. */
final class Ports {

    private Ports() {
    }

    static void requireFree(int port, String what, String setting) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // ignore TIME_WAIT leftovers; a live listener still fails the bind
            socket.bind(new InetSocketAddress("0.0.0.0", port));
        } catch (IOException inUse) {
            throw new StartupFailure("Port " + port + " for " + what + " is already in use: stop the program using it"
                    + " (e.g. an earlier run: `ss -ltnp | grep :" + port + "`) or choose another port with "
                    + Settings.envName(setting) + "=<port>.");
        }
    }

    /** A free port chosen by the operating system (for tests). */
    static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StartupFailure("No free port on this machine", e);
        }
    }
}

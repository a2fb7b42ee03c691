package si.mama.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The portal server's heap in use after a full garbage collection, read with the JDK's {@code jcmd}. */
final class Heap {

    private static final Pattern USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private Heap() {
    }

    /** Megabytes used after a full GC, and the heap's committed total; {@code {-1, -1}} if jcmd could not tell. */
    static long[] afterGc(ProcessHandle server) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, Long.toString(server.pid()), "GC.run");
        String info = run(jcmd, Long.toString(server.pid()), "GC.heap_info");
        Matcher matcher = USED.matcher(info);
        if (!matcher.find()) {
            System.out.println("[bench] jcmd GC.heap_info said: " + info);
            return new long[]{-1, -1};
        }
        return new long[]{Long.parseLong(matcher.group(2)) / 1024, Long.parseLong(matcher.group(1)) / 1024};
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}

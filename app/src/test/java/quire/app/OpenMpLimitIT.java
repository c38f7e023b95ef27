package quire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** libgomp, loaded after {@link OpenMpLimit#apply()}, really sees the limit (checked in a fresh JVM without it). */
class OpenMpLimitIT {

    interface Gomp extends Library {
        int omp_get_thread_limit();
    }

    /** Run in the child JVM: optionally apply the limit, then load libgomp and print the limit it read. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("apply")) {
            OpenMpLimit.apply();
        }
        System.out.println(Native.load("gomp", Gomp.class).omp_get_thread_limit());
    }

    @Test
    void libgompLoadedAfterwardsReadsTheLimit() throws Exception {
        assumeTrue(Platform.isLinux(), "libgomp is the Linux OpenMP runtime");
        assumeTrue(gompPresent(), "libgomp not installed: skipping");

        assertThat(childLimit(false)).isGreaterThan(1); // OpenMP's default: no limit
        assertThat(childLimit(true)).isEqualTo(1);
    }

    private static boolean gompPresent() {
        try {
            Native.load("gomp", Gomp.class);
            return true;
        } catch (UnsatisfiedLinkError e) {
            return false;
        }
    }

    private static int childLimit(boolean apply) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                OpenMpLimitIT.class.getName(), apply ? "apply" : "none"));
        pb.environment().remove(OpenMpLimit.VARIABLE);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return Integer.parseInt(out);
    }
}

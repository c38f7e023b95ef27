package quire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.sun.jna.Platform;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpenMpLimitTest {

    @Test
    void setsAnUnsetVariableInTheNativeEnvironment() {
        assumeFalse(Platform.isWindows(), "no setenv on Windows");
        String name = "QUIRE_TEST_" + UUID.randomUUID().toString().replace('-', '_');
        assertThat(OpenMpLimit.libc().getenv(name)).isNull();

        assertThat(OpenMpLimit.setIfAbsent(name, "1")).isTrue();

        assertThat(OpenMpLimit.libc().getenv(name)).isEqualTo("1");
    }

    @Test
    void keepsAValueTheUserSet() {
        assumeFalse(Platform.isWindows(), "no setenv on Windows");
        String name = "QUIRE_TEST_" + UUID.randomUUID().toString().replace('-', '_');
        OpenMpLimit.setIfAbsent(name, "4");

        OpenMpLimit.setIfAbsent(name, "1");

        assertThat(OpenMpLimit.libc().getenv(name)).isEqualTo("4");
    }
}

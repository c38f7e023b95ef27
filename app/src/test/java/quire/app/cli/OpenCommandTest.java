package quire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import quire.app.Main;

/** {@code quire open}'s command line (starting the window itself is covered by the UI tests). */
class OpenCommandTest {

    @Test
    void openWithoutFilesIsAUsageError() {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("open")).isEqualTo(ExitCode.USAGE);
        } finally {
            System.setErr(old);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("FILE");
    }

    @Test
    void openIsListedAndHasHelp() {
        assertThat(Main.run("open", "--help")).isEqualTo(ExitCode.OK);
        assertThat(new picocli.CommandLine(new QuireCommand()).getSubcommands()).containsKey("open");
    }

    @Test
    void aMissingDisplayIsAUsageErrorNotACrash() {
        assertThat(ErrorHandler.exitCodeFor(new quire.app.viewer.ViewerUnavailableException("no display")))
                .isEqualTo(ExitCode.USAGE);
    }
}

package quire.app.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/**
 * {@code --verbose}, mixed into every command: debug logging from here on, and {@link ErrorHandler} adds the stack
 * trace to an error (it looks for this option in the parse result).
 */
public final class VerboseOption {

    @Option(names = "--verbose", description = "Log debug details to stderr and print stack traces of errors.")
    void setVerbose(boolean verbose) {
        if (verbose) {
            System.setProperty("quire.log.level", "DEBUG");
            if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
                root.setLevel(Level.DEBUG);
            }
        }
    }
}

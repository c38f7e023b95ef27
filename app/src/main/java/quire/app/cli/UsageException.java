package quire.app.cli;

/** A command line that parses but makes no sense (a bad page range, say): exit code 2. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}

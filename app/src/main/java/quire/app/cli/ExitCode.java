package quire.app.cli;

/** The exit codes of cli.md. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int UNREADABLE_INPUT = 3;
    public static final int MODEL = 4;
    public static final int CANCELLED = 5;
    public static final int NOTHING_FOUND = 6;

    private ExitCode() {
    }
}

package quire.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes and one-line messages (cli.md). Each area's checked exception
 * carries a message written for the user; the stack trace is printed only with {@code --verbose}.
 */
public final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    /** Exception type name → exit code; looked up along the class hierarchy so subclasses map too. */
    private static final Map<String, Integer> CODES = new LinkedHashMap<>();

    static {
        CODES.put("quire.pipeline.document.DocumentException", ExitCode.UNREADABLE_INPUT);
        CODES.put("quire.models.ModelException", ExitCode.MODEL);
        CODES.put("quire.ocr.OcrException", ExitCode.UNREADABLE_INPUT);
        CODES.put("quire.pipeline.NothingFoundException", ExitCode.NOTHING_FOUND);
        CODES.put("java.util.concurrent.CancellationException", ExitCode.CANCELLED);
        CODES.put("java.lang.InterruptedException", ExitCode.CANCELLED);
        CODES.put("quire.app.cli.UsageException", ExitCode.USAGE);
        CODES.put("quire.app.viewer.ViewerUnavailableException", ExitCode.USAGE);
        CODES.put("quire.pipeline.summarize.ReportException", ExitCode.INTERNAL);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code = exitCodeFor(ex);
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        if (code == ExitCode.INTERNAL && !known(ex)) {
            message = "internal error: " + message + " (run again with --verbose and report it)";
        }
        err.println("quire: " + firstLine(message));
        if (isVerbose(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("quire: " + firstLine(ex.getMessage()) + " (see: quire "
                + String.join(" ", commandPath(ex.getCommandLine())) + " --help)");
        err.flush();
        return ExitCode.USAGE;
    }

    /** The exit code for a failure, found by the exception's class or any superclass. */
    public static int exitCodeFor(Throwable ex) {
        for (Class<?> c = ex.getClass(); c != null; c = c.getSuperclass()) {
            Integer code = CODES.get(c.getName());
            if (code != null) {
                return code;
            }
        }
        return ExitCode.INTERNAL;
    }

    /** Whether the failure's type is mapped (its message is then for the user, not a bug report). */
    private static boolean known(Throwable ex) {
        for (Class<?> c = ex.getClass(); c != null; c = c.getSuperclass()) {
            if (CODES.containsKey(c.getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVerbose(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> commandPath(CommandLine cmd) {
        List<String> names = new ArrayList<>();
        for (CommandLine c = cmd; c != null && c.getParent() != null; c = c.getParent()) {
            names.add(0, c.getCommandName());
        }
        return names;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s.strip() : s.substring(0, nl).strip();
    }
}

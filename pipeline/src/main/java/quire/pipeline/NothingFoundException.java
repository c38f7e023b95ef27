package quire.pipeline;

/** The input holds nothing of what was asked for (no chart on the page): the CLI exits with 6. */
public class NothingFoundException extends Exception {

    private static final long serialVersionUID = 1L;

    public NothingFoundException(String message) {
        super(message);
    }
}

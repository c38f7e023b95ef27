package quire.pipeline.document.render;

/** What happened to one page of a batch: one bad page never fails the others. */
public sealed interface PageOutcome {

    int page();

    record Ok(int page) implements PageOutcome {
    }

    /** @param message one line for the user */
    record Failed(int page, String message, Exception cause) implements PageOutcome {
    }
}

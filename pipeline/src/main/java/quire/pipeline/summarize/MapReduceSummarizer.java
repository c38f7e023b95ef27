package quire.pipeline.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import quire.models.ModelException;

/**
 * Abstractive summaries by map-reduce: the document's sentences and lines are cut into chunks that fit the model's
 * context ({@link ChunkPlanner}, counted with the model's tokenizer); each chunk is summarised ("map"); the partial
 * summaries are combined in groups that fit ({@link ReducePlanner}), level after level, until one is left
 * ("reduce"). Decoding is greedy with a cap on new tokens. Sentences of the final summary get pages through
 * {@link PageAttribution}. Interrupting the thread stops the generation in flight.
 */
public final class MapReduceSummarizer implements AbstractiveSummarizer {

    /** Room for page numbers of other lengths than the ones the budget was measured with. */
    private static final int SLACK = 8;

    /**
     * @param maxPromptTokens most tokens of one prompt (smaller = faster prefill, more chunks); capped by the
     *                        model's context minus {@code maxNewTokens}
     * @param maxNewTokens    most tokens one map or reduce step may generate
     */
    public record Settings(int maxPromptTokens, int maxNewTokens) {
        public static final Settings DEFAULT = new Settings(2048, 160);

        public Settings {
            if (maxNewTokens < 8 || maxPromptTokens < 64) {
                throw new IllegalArgumentException("summary budget too small: " + maxPromptTokens
                        + " prompt tokens, " + maxNewTokens + " new tokens");
            }
        }

        /** The part of the state key that changes a summary. */
        public String key() {
            return "prompt=" + maxPromptTokens + ",new=" + maxNewTokens;
        }
    }

    private final TextGenerator model;
    private final Settings settings;
    private final int promptLimit;
    private final int chunkBudget;
    private final int reduceBudget;

    public MapReduceSummarizer(TextGenerator model, Settings settings) {
        this.model = model;
        this.settings = settings;
        this.promptLimit = Math.min(settings.maxPromptTokens(), model.contextTokens() - settings.maxNewTokens());
        this.chunkBudget = promptLimit - model.promptTokens(mapInstruction(99999, 99999, false) + "\n\n") - SLACK;
        this.reduceBudget = promptLimit - model.promptTokens(REDUCE + "\n\n") - SLACK;
        if (chunkBudget < 32 || reduceBudget < 2 * (settings.maxNewTokens() + 16)) {
            throw new IllegalArgumentException("a prompt limit of " + promptLimit + " tokens leaves too little room "
                    + "for chunks of text and for combining summaries of " + settings.maxNewTokens()
                    + " tokens; raise the prompt limit or lower the new-token cap");
        }
    }

    @Override
    public String engine() {
        return model.engine();
    }

    public Settings settings() {
        return settings;
    }

    /** Most tokens of document text per chunk. */
    public int chunkBudget() {
        return chunkBudget;
    }

    /** Most tokens of partial summaries per reduce prompt. */
    public int reduceBudget() {
        return reduceBudget;
    }

    public int promptLimit() {
        return promptLimit;
    }

    @Override
    public List<KeySentence> summarize(List<String> pageTexts, Consumer<SummaryProgress> progress)
            throws ModelException, InterruptedException {
        List<KeySentence> units = ChunkPlanner.units(pageTexts);
        if (units.isEmpty()) {
            return List.of();
        }
        List<Chunk> chunks = ChunkPlanner.plan(units, chunkBudget, model.counter());
        progress.accept(new SummaryProgress.Planned(chunks, chunkBudget, promptLimit));
        List<Partial> partials = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            String prompt = mapInstruction(c.firstPage(), c.lastPage(), chunks.size() == 1) + "\n\n" + c.text();
            String stage = "map " + (i + 1) + "/" + chunks.size();
            String text = generate(prompt, stage, progress);
            progress.accept(new SummaryProgress.Mapped(i + 1, chunks.size(), model.promptTokens(prompt)));
            if (!text.isBlank()) {
                partials.add(new Partial(text, c.firstPage(), c.lastPage()));
            }
        }
        for (int level = 1; partials.size() > 1; level++) {
            partials = reduce(partials, level, progress);
        }
        if (partials.isEmpty()) {
            return List.of();
        }
        Partial last = partials.get(0);
        return PageAttribution.attribute(last.text(), units, last.firstPage(), last.lastPage());
    }

    private List<Partial> reduce(List<Partial> partials, int level, Consumer<SummaryProgress> progress)
            throws ModelException, InterruptedException {
        List<List<Partial>> groups = ReducePlanner.groups(partials, reduceBudget, model.counter());
        List<Partial> next = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Partial> group = groups.get(g);
            if (group.size() == 1) {
                next.add(group.get(0));
                continue;
            }
            String prompt = REDUCE + "\n\n" + ReducePlanner.text(group);
            String text = generate(prompt, "reduce " + level + ": " + (g + 1) + "/" + groups.size(), progress);
            progress.accept(new SummaryProgress.Reduced(level, g + 1, groups.size(), group.size(),
                    model.promptTokens(prompt)));
            int first = group.get(0).firstPage();
            int last = group.get(group.size() - 1).lastPage();
            // an empty answer must not lose the group: keep its first partial for the span
            next.add(new Partial(text.isBlank() ? group.get(0).text() : text, first, last));
        }
        return next;
    }

    private String generate(String prompt, String stage, Consumer<SummaryProgress> progress)
            throws ModelException, InterruptedException {
        return model.generate(prompt, settings.maxNewTokens(),
                n -> progress.accept(new SummaryProgress.Tokens(stage, n))).strip();
    }

    static final String REDUCE = "Here are summaries of consecutive parts of one document. Combine them into one "
            + "summary of three to five sentences. Keep the key numbers and the page references (p. N).";

    static String mapInstruction(int firstPage, int lastPage, boolean whole) {
        if (whole) {
            return "Summarize this document in three to five sentences. Keep the key numbers and give the page of "
                    + "each point as (p. N).";
        }
        String pages = firstPage == lastPage ? "page " + firstPage : "pages " + firstPage + "–" + lastPage;
        return "Summarize this part of a longer document (" + pages + ") in two or three sentences. Keep the key "
                + "numbers and give the page of each point as (p. N).";
    }
}

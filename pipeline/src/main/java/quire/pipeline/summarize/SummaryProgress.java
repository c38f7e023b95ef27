package quire.pipeline.summarize;

import java.util.List;

/** Progress of one document's abstractive (map-reduce) summary, reported on the worker thread. */
public sealed interface SummaryProgress {

    /** A short line for a progress bar, e.g. "map 2/5" or "reduce 1: 1/2". */
    String describe();

    /**
     * The document was cut into chunks.
     *
     * @param chunkBudget most tokens of document text per chunk
     * @param promptLimit most tokens of a whole prompt (template and instruction included)
     */
    record Planned(List<Chunk> chunks, int chunkBudget, int promptLimit) implements SummaryProgress {
        public Planned {
            chunks = List.copyOf(chunks);
        }

        @Override
        public String describe() {
            return chunks.size() + " chunks";
        }
    }

    /** Chunk {@code index} (from 1) of {@code of} was summarised; {@code promptTokens} as the model counted them. */
    record Mapped(int index, int of, int promptTokens) implements SummaryProgress {
        @Override
        public String describe() {
            return "map " + index + "/" + of;
        }
    }

    /** Group {@code index} (from 1) of {@code of} at reduce level {@code level} (from 1) was combined. */
    record Reduced(int level, int index, int of, int inputs, int promptTokens) implements SummaryProgress {
        @Override
        public String describe() {
            return "reduce " + level + ": " + index + "/" + of;
        }
    }

    /** Tokens generated so far by the call in flight (streaming). */
    record Tokens(String stage, int generated) implements SummaryProgress {
        @Override
        public String describe() {
            return stage + ", " + generated + " tokens";
        }
    }
}

package quire.pipeline.doctags;

/**
 * One OTSL cell as the model wrote it.
 *
 * @param kind what the cell tag said
 * @param text the cell's own text (empty for empty and span cells)
 */
public record OtslCell(Kind kind, String text) {

    /** The OTSL cell tags. */
    public enum Kind {
        /** {@code <fcel>} a cell with content. */
        FCEL,
        /** {@code <ecel>} an empty cell. */
        ECEL,
        /** {@code <ched>} a column header. */
        CHED,
        /** {@code <rhed>} a row header. */
        RHED,
        /** {@code <srow>} a section row cell. */
        SROW,
        /** {@code <lcel>} merged with the cell to its left. */
        LCEL,
        /** {@code <ucel>} merged with the cell above. */
        UCEL,
        /** {@code <xcel>} merged both ways (inside a 2-D span). */
        XCEL;

        /** Whether this kind continues a span started elsewhere instead of holding its own content. */
        public boolean isSpan() {
            return this == LCEL || this == UCEL || this == XCEL;
        }

        /** The kind for a tag name, or null when the name is not an OTSL cell tag. */
        static Kind ofTag(String name) {
            return switch (name) {
                case "fcel" -> FCEL;
                case "ecel" -> ECEL;
                case "ched" -> CHED;
                case "rhed" -> RHED;
                case "srow" -> SROW;
                case "lcel" -> LCEL;
                case "ucel" -> UCEL;
                case "xcel" -> XCEL;
                default -> null;
            };
        }
    }
}

package quire.pipeline.doctags;

import java.util.List;
import java.util.Optional;

/** One element of a DocTags document. */
public sealed interface DocTagsElement
        permits DocTagsElement.Block, DocTagsElement.TableBlock, DocTagsElement.ChartBlock, DocTagsElement.PageBreak {

    /**
     * Any element with text and/or children: {@code text}, {@code title}, {@code section_header_level_1},
     * {@code list_item}, {@code unordered_list}, {@code picture}, {@code caption}, {@code code}, {@code formula}...
     *
     * @param tag      the element's tag name
     * @param box      its {@code <loc_*>} box when it had four
     * @param text     its own text, trimmed (children's text not included)
     * @param label    a code block's {@code <_language_>} tag without underscores, or a picture's class tag such
     *                 as {@code bar_chart}; empty when none
     * @param children nested elements (list items of a list, the caption of a picture)
     */
    record Block(String tag, Optional<LocBox> box, String text, String label, List<DocTagsElement> children)
            implements DocTagsElement {
        public Block {
            children = List.copyOf(children);
        }
    }

    /** An {@code <otsl>} table with its captions (docling writes the caption inside the table element). */
    record TableBlock(Optional<LocBox> box, OtslGrid grid, List<Block> captions) implements DocTagsElement {
        public TableBlock {
            captions = List.copyOf(captions);
        }
    }

    /**
     * A {@code <chart>}: its type tag as written ({@code bar_chart}, {@code vbar_categorical}, ...; empty when none)
     * and its data as OTSL.
     */
    record ChartBlock(Optional<LocBox> box, String chartTag, OtslGrid grid, List<Block> captions)
            implements DocTagsElement {
        public ChartBlock {
            captions = List.copyOf(captions);
        }

        /** The chart type in cli.md's vocabulary: bar, hbar, line, pie, scatter or other. */
        public String chartType() {
            return ChartTypes.of(chartTag);
        }
    }

    /** {@code <page_break>} between pages of a multi-page document. */
    record PageBreak() implements DocTagsElement {
    }
}

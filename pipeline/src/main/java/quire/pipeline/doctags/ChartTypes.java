package quire.pipeline.doctags;

/** DocTags chart-type tags mapped to cli.md's chart types. */
final class ChartTypes {

    private ChartTypes() {
    }

    static boolean isChartTag(String name) {
        return !of(name).equals("other") || name.equals("other") || name.endsWith("_chart");
    }

    static String of(String tag) {
        return switch (tag) {
            case "bar_chart", "stacked_bar_chart", "vbar_categorical", "vbar_chart", "column_chart" -> "bar";
            case "hbar_categorical", "hbar_chart" -> "hbar";
            case "line_chart", "line", "dot_line" -> "line";
            case "pie_chart" -> "pie";
            case "scatter_chart" -> "scatter";
            default -> "other";
        };
    }
}

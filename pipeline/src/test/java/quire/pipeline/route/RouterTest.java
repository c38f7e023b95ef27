package quire.pipeline.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouterTest {

    @ParameterizedTest(name = "{0} area={1} chars={2} unmapped={3} ink={4} textlike={5} glyphs={6} chart={7} rulings={8}"
            + " -> {9}/{10}")
    @CsvSource(textBlock = """
            # source,   area, chars, unmapped, ink,   textLike, glyphs, chart, rulings, kind,    route
            TEXT_BLOCK,  0.30, 1200,  0.0,      0.08,  0.9,      400,    0.0,   0,       TEXT,    TEXT_LAYER
            TEXT_BLOCK,  0.30, 1200,  0.6,      0.08,  0.9,      400,    0.0,   0,       TEXT,    OCR
            TEXT_BLOCK,  0.20, 600,   0.0,      0.10,  0.8,      200,    0.0,   14,      TABLE,   TEXT_LAYER
            TEXT_BLOCK,  0.20, 600,   0.0,      0.10,  0.8,      200,    0.0,   5,       TEXT,    TEXT_LAYER
            CHART,       0.25, 80,    0.0,      0.12,  0.3,      60,     0.8,   10,      CHART,   CHART_EXPERT
            CHART,       0.25, 80,    0.0,      0.12,  0.3,      60,     0.3,   0,       TEXT,    TEXT_LAYER
            IMAGE,       0.40, 0,     0.0,      0.35,  0.1,      30,     0.0,   0,       PICTURE, VISUAL
            IMAGE,       0.40, 0,     0.0,      0.09,  0.85,     900,    0.0,   0,       TEXT,    OCR
            RASTER_AREA, 0.20, 0,     0.0,      0.07,  0.7,      300,    0.0,   0,       TEXT,    OCR
            RASTER_AREA, 0.20, 0,     0.0,      0.07,  0.7,      5,      0.0,   0,       PICTURE, VISUAL
            RASTER_AREA, 0.20, 0,     0.0,      0.001, 0.0,      0,      0.0,   0,       BLANK,   SKIP
            DRAWING,     0.15, 0,     0.0,      0.05,  0.9,      80,     0.0,   3,       PICTURE, VISUAL
            DRAWING,     0.001,0,     0.0,      0.2,   0.0,      0,      0.0,   0,       PICTURE, SKIP
            PAGE,        1.00, 0,     0.0,      0.0,   0.0,      0,      0.0,   0,       BLANK,   SKIP
            TEXT_BLOCK,  0.001,1,     0.0,      0.01,  1.0,      1,      0.0,   0,       TEXT,    TEXT_LAYER
            """)
    void routesByTheTable(RegionSource source, double area, int chars, double unmapped, double ink, double textLike,
                          int glyphs, double chart, int rulings, RegionKind kind, RouteKind route) {
        Route r = Router.route(new RegionSignals(source, area, chars, unmapped, ink, textLike, glyphs, chart, rulings),
                RouterConfig.DEFAULT);
        assertThat(r.kind()).isEqualTo(kind);
        assertThat(r.route()).isEqualTo(route);
        assertThat(r.reason()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0.49, TEXT_LAYER
            0.50, CHART_EXPERT
            """)
    void chartThresholdIsInclusive(double score, RouteKind expected) {
        RegionSignals s = new RegionSignals(RegionSource.CHART, 0.2, 50, 0, 0.1, 0.5, 40, score, 0);
        assertThat(Router.route(s, RouterConfig.DEFAULT).route()).isEqualTo(expected);
    }
}

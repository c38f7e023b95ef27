package quire.pipeline.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.ocr.text.BBox;

/** A visual region inside a larger visual region is not paid for twice. */
class NestedVisualsTest {

    private static RoutedRegion region(BBox box, RouteKind route, int tokens) {
        RegionSignals s = new RegionSignals(RegionSource.RASTER_AREA, 0.1, 0, 0, 0.2, 0, 0, 0, 0);
        return new RoutedRegion(box, s, new Route(RegionKind.PICTURE, route, "test"), "", tokens);
    }

    @Test
    void visualInsideALargerVisualIsSkipped() {
        RoutedRegion page = region(new BBox(0, 0, 384, 471), RouteKind.VISUAL, 173);
        RoutedRegion inner = region(new BBox(0, 0, 192, 384), RouteKind.VISUAL, 105);
        RoutedRegion apart = region(new BBox(400, 0, 500, 100), RouteKind.VISUAL, 35);
        List<RoutedRegion> out = PageRouter.withoutNestedVisuals(List.of(page, inner, apart));
        assertThat(out).extracting(r -> r.route().route())
                .containsExactly(RouteKind.VISUAL, RouteKind.SKIP, RouteKind.VISUAL);
        assertThat(out.get(1).tokens()).isZero();
        assertThat(out.get(1).route().reason()).contains("inside a larger visual region");
        assertThat(out.get(1).bbox()).isEqualTo(inner.bbox());
    }

    @Test
    void textAndPartlyOverlappingVisualsStay() {
        RoutedRegion picture = region(new BBox(0, 0, 300, 300), RouteKind.VISUAL, 104);
        // half of it outside the picture: below the 60% share
        RoutedRegion overlapping = region(new BBox(200, 0, 400, 100), RouteKind.VISUAL, 35);
        RoutedRegion text = region(new BBox(10, 10, 100, 50), RouteKind.TEXT_LAYER, 20);
        List<RoutedRegion> out = PageRouter.withoutNestedVisuals(List.of(picture, overlapping, text));
        assertThat(out).isEqualTo(List.of(picture, overlapping, text));
    }
}

package quire.pipeline.route;

/** The router's verdict for one region, with the one-sentence reason {@code quire route} prints. */
public record Route(RegionKind kind, RouteKind route, String reason) {
}

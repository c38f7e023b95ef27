package quire.pipeline.chart.engine;

import quire.pipeline.chart.ChartTable;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quire.ocr.text.BBox;
import quire.pipeline.NothingFoundException;
import quire.pipeline.chart.detect.ChartCandidate;
import quire.pipeline.chart.detect.ChartDetector;
import quire.pipeline.document.Document;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.PageGeometry;
import quire.pipeline.document.PageGraphics;
import quire.pipeline.document.PixelRegion;
import quire.pipeline.document.RenderOptions;

/**
 * Chart-to-table for one page: finds the charts (or takes the given region), reads vector charts with
 * {@link VectorChartEngine} and pictures of charts with {@link RasterChartEngine}, plus {@link GraniteChartEngine} beside
 * the raster expert when a model is installed ({@link #withModel}). Never makes a table up: a page without a readable
 * chart is a {@link NothingFoundException}.
 */
public final class ChartToTable {

    private static final Logger LOG = LoggerFactory.getLogger(ChartToTable.class);
    private static final float RASTER_DPI = 150;

    private final RasterChartEngine raster;
    private final GraniteChartEngine granite;

    public ChartToTable(RasterChartEngine raster) {
        this(raster, null);
    }

    private ChartToTable(RasterChartEngine raster, GraniteChartEngine granite) {
        this.raster = raster;
        this.granite = granite;
    }

    /** The same, with granite reading every picture of a chart too; see {@link EngineChoice}. */
    public ChartToTable withModel(GraniteChartEngine model) {
        return new ChartToTable(raster, model);
    }

    /** The largest readable chart of the page, or every chart with {@code all}; largest first. */
    public List<ChartTable> run(Document doc, int page, Optional<BBox> region, boolean all)
            throws DocumentException, NothingFoundException {
        List<ChartTable> out = new ArrayList<>();
        if (region.isPresent()) {
            read(doc, page, region.get(), null).ifPresent(out::add);
        } else {
            List<ChartCandidate> found = ChartDetector.detect(doc, page);
            for (ChartCandidate c : found) {
                Optional<ChartTable> t = read(doc, page, grown(c.bbox(), c.kind().equals("pie") ? 0.6 : 0.25, doc.geometry(page)), c.origin());
                if (t.isPresent()) {
                    out.add(t.get());
                    if (!all) {
                        break;
                    }
                }
            }
        }
        if (out.isEmpty() && doc.format().equals("pdf")) {
            // the detector wants axis evidence; a page whose drawing reads as a complete table is a chart too
            PageGeometry g = doc.geometry(page);
            VectorChartEngine.read(doc.graphics(page), doc.textLayer(page), new BBox(0, 0, g.width(), g.height()))
                    .filter(ChartToTable::complete).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            throw new NothingFoundException("no chart found on page " + page + " of " + doc.path().getFileName()
                    + " (try --region x0,y0,x1,y1 around the chart)");
        }
        return out;
    }

    /** The detector's box plus a margin: it may cut off a legend (pies: often far to the side) or slanted labels. */
    private static BBox grown(BBox b, double share, PageGeometry g) {
        double mx = share * b.width() + 10, my = share * b.height() + 10;
        return new BBox(Math.max(0, b.x0() - mx), Math.max(0, b.y0() - my), Math.min(g.width(), b.x1() + mx),
                Math.min(g.height(), b.y1() + my));
    }

    /** At least one value read: a table of empty cells is no reading at all. */
    static boolean hasValues(ChartTable t) {
        return t.table().rows().stream().anyMatch(r -> r.subList(1, r.size()).stream().anyMatch(c -> !c.isEmpty()));
    }

    /** Every category named, every value read, nothing doubtful: not a made-up table. */
    static boolean complete(ChartTable t) {
        return t.warnings().isEmpty() && t.table().rowCount() >= 2
                && t.table().rows().stream().allMatch(r -> r.stream().noneMatch(String::isEmpty));
    }

    /** Reads the chart in a region: from its vector paths when it has them, else from its pixels. */
    public Optional<ChartTable> read(Document doc, int page, BBox box, ChartCandidate.Origin origin)
            throws DocumentException {
        if (origin != ChartCandidate.Origin.RASTER) {
            PageGraphics g = doc.graphics(page);
            Optional<ChartTable> v = VectorChartEngine.read(g, doc.textLayer(page), box);
            if (v.isPresent() && hasValues(v.get())) {
                return v;
            }
            if (origin == ChartCandidate.Origin.VECTOR) {
                return Optional.empty();
            }
        }
        PageGeometry geo = doc.geometry(page);
        boolean image = !doc.format().equals("pdf");
        BufferedImage img = doc.render(page, image ? RenderOptions.rgb(72) : RenderOptions.rgb(RASTER_DPI));
        double scale = img.getWidth() / geo.width();
        PixelRegion r = PixelRegion.of(box, scale, img.getWidth(), img.getHeight());
        if (r.width() < 16 || r.height() < 16) {
            return Optional.empty();
        }
        BufferedImage crop = img.getSubimage(r.x0(), r.y0(), r.width(), r.height());
        LOG.debug("raster chart {}x{} px at {}", crop.getWidth(), crop.getHeight(), box);
        Optional<ChartTable> expert = raster.read(crop);
        if (granite != null) {
            expert = EngineChoice.combine(expert, readWithModel(crop));
        }
        return expert.map(t -> t.toPage(r.x0(), r.y0(), scale));
    }

    /** Granite's reading, or why there is none: a model failure costs this chart its second opinion, nothing more. */
    private EngineChoice.ModelReading readWithModel(BufferedImage crop) {
        try {
            return new EngineChoice.ModelReading(granite.read(crop), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new EngineChoice.ModelReading(Optional.empty(), "granite was interrupted");
        } catch (Exception e) {
            LOG.warn("granite failed on a chart: {}", e.toString());
            return new EngineChoice.ModelReading(Optional.empty(), "granite failed: " + e.getMessage());
        }
    }
}

package quire.pipeline.chart.engine;

import quire.pipeline.chart.ChartTable;
import quire.pipeline.chart.Table;
import quire.pipeline.chart.TableCsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import quire.pipeline.chart.metric.RmsF1;

/** Engine b with real Tesseract on rendered charts: the synthetic set's PNGs and a few dev Statista charts. */
class RasterChartEngineIT {

    private static final RasterChartEngine ENGINE = new RasterChartEngine(new TesseractChartOcr());

    private static double score(Path png, Path csv) throws Exception {
        Table gold = TableCsv.read(Files.readString(csv));
        BufferedImage img = ImageIO.read(png.toFile());
        Table t = ENGINE.read(img).map(ChartTable::table).orElseThrow(() -> new AssertionError("no table: " + png));
        return RmsF1.DEFAULT.score(t, gold).f1();
    }

    @Test
    void syntheticColumnsAndBarsFromPixelsAndOcr() throws Exception {
        Path set = Path.of(System.getProperty("quire.root", ".")).resolve("bench/chart2table/synthetic");
        for (String id : new String[] {"syn-005-bar", "syn-018-hbar-labels"}) {
            assertThat(score(set.resolve(id + ".png"), set.resolve(id + ".csv"))).as(id).isGreaterThan(0.8);
        }
    }

    @Test
    void devStatistaChartsWithDataLabels() throws Exception {
        Path charts = Path.of(System.getProperty("quire.shared", "../shared"), "data", "charts-dev");
        assumeTrue(Files.isDirectory(charts), "../shared/data absent: skipping the Statista charts");
        // dev ids only (never the held-out ones in bench/chart2table/statista-holdout.txt)
        for (String id : new String[] {"two_col-13407", "multi_col-1174"}) {
            assertThat(score(charts.resolve("imgs/" + id + ".png"), charts.resolve("tables/" + id + ".csv")))
                    .as(id).isGreaterThan(0.6);
        }
    }

    @Test
    void photosAndTextScansGiveNoTable() {
        BufferedImage photo = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                int r = (x + random.nextInt(60)) % 256;
                int g = (y + random.nextInt(60)) % 256;
                photo.setRGB(x, y, r << 16 | g << 8 | ((x * y + random.nextInt(40)) % 256));
            }
        }
        assertThat(ENGINE.read(photo)).isEmpty();
        BufferedImage table = new BufferedImage(500, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = table.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 500, 200);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        for (int r = 0; r <= 4; r++) {
            g.drawLine(20, 20 + r * 40, 480, 20 + r * 40);
            if (r < 4) {
                g.drawString("Region " + r, 30, 45 + r * 40);
                g.drawString(Integer.toString(1200 + 37 * r), 300, 45 + r * 40);
            }
        }
        g.drawLine(20, 20, 20, 180);
        g.drawLine(250, 20, 250, 180);
        g.drawLine(480, 20, 480, 180);
        g.dispose();
        assertThat(ENGINE.read(table)).isEmpty();
    }
}

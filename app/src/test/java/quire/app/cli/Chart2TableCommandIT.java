package quire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quire chart2table} end to end on real files: vector PDFs, chart pictures, and inputs with no chart. */
class Chart2TableCommandIT {

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int quire(String... args) {
        CliRun r = CliRun.of(args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    private static Path synthetic(String name) {
        return Path.of(System.getProperty("quire.root", ".")).resolve("bench/chart2table/synthetic").resolve(name);
    }

    @Test
    void vectorPdfToCsvAndJson() throws Exception {
        assertThat(quire("chart2table", synthetic("syn-001-bar-labels.pdf").toString())).as(err).isZero();
        assertThat(out).isEqualTo("Quarter,Sales\r\nQ1 2022,36840\r\nQ2 2022,46755\r\nQ3 2022,38332\r\n");

        assertThat(quire("chart2table", synthetic("syn-033-pie-labels.pdf").toString(), "--format", "json"))
                .as(err).isZero();
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.get("engine").asText()).isEqualTo("vector");
        assertThat(json.get("chart_type").asText()).isEqualTo("pie");
        assertThat(json.get("rows").toString()).isEqualTo(
                "[[\"Car\",\"45.7\"],[\"Bus\",\"10.2\"],[\"Train\",\"5.5\"],[\"Bicycle\",\"38.6\"]]");
        assertThat(json.get("bbox")).hasSize(4);
        assertThat(json.get("cells").size()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void regionAndOutFile() throws Exception {
        Path target = dir.resolve("t.md");
        assertThat(quire("chart2table", synthetic("syn-017-hbar-labels.pdf").toString(), "--region", "0,0,490,297",
                "--format", "md", "--out", target.toString())).as(err).isZero();
        assertThat(out).isEmpty();
        assertThat(Files.readString(target)).startsWith("|  | Employees |\n| --- | ---: |\n| Q1 2022 | 3216 |");
        assertThat(quire("chart2table", synthetic("syn-017-hbar-labels.pdf").toString(), "--region", "5,5"))
                .isEqualTo(2);
        assertThat(quire("chart2table", synthetic("syn-017-hbar-labels.pdf").toString(), "--format", "xls"))
                .isEqualTo(2);
    }

    @Test
    void noChartMeansExitSix() throws Exception {
        Path blank = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(blank.toFile());
        }
        assertThat(quire("chart2table", blank.toString())).isEqualTo(6);
        assertThat(out).isEmpty();
        assertThat(err).contains("no chart found");

        BufferedImage photo = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(3);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                int r = (x / 2 + random.nextInt(50)) % 256;
                int g = (y + random.nextInt(50)) % 256;
                photo.setRGB(x, y, r << 16 | g << 8 | ((x + y + random.nextInt(30)) % 256));
            }
        }
        Path photoFile = dir.resolve("photo.png");
        ImageIO.write(photo, "png", photoFile.toFile());
        assertThat(quire("chart2table", photoFile.toString())).isEqualTo(6);

        BufferedImage table = new BufferedImage(500, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = table.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 500, 200);
        g.setColor(Color.BLACK);
        for (int r = 0; r <= 4; r++) {
            g.drawLine(20, 20 + r * 40, 480, 20 + r * 40);
            if (r < 4) {
                g.drawString("Region " + r, 30, 45 + r * 40);
                g.drawString(Integer.toString(1200 + 37 * r), 300, 45 + r * 40);
            }
        }
        g.dispose();
        Path tableFile = dir.resolve("table.png");
        ImageIO.write(table, "png", tableFile.toFile());
        assertThat(quire("chart2table", tableFile.toString())).isEqualTo(6);
    }

    @Test
    void withAModelGraniteReadsBesideTheRasterExpert() throws Exception {
        // the tiny random-weight fixture writes no DocTags table, so the raster expert's reading stands, with a note
        Path model = Path.of(System.getProperty("quire.root", ".")).resolve("models/src/test/resources/tiny-idefics3");
        assertThat(quire("chart2table", synthetic("syn-001-bar-labels.png").toString(), "--format", "json",
                "--model", model.toString(), "--max-tokens", "6")).as(err).isZero();
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.get("engine").asText()).isEqualTo("raster-expert");
        assertThat(json.get("rows").size()).isGreaterThanOrEqualTo(2);
        assertThat(err).contains("granite read no table from this chart; the raster expert's reading is shown");

        assertThat(quire("chart2table", synthetic("syn-001-bar-labels.png").toString(), "--model",
                dir.resolve("no-such-model").toString())).isEqualTo(4);
        assertThat(err.strip().lines().count()).isEqualTo(1);
    }
}

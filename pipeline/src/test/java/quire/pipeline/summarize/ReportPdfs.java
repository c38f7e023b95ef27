package quire.pipeline.summarize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small real report PDFs for tests: a large-type title, then paragraphs of sentences with figures. */
final class ReportPdfs {

    private static final String[] TOPICS = {"solar capacity", "customer retention", "warehouse throughput",
            "hospital admissions", "broadband coverage", "water quality"};
    private static final String[] VERBS = {"improved", "declined slightly", "remained stable", "grew steadily"};

    private ReportPdfs() {
    }

    /** Writes a report; {@code seed} varies the sentences, {@code revenue} appears as a key figure on page 1. */
    static void write(Path file, String title, int pages, long seed, String revenue, String password)
            throws IOException {
        Random rnd = new Random(seed);
        PDType1Font body = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument doc = new PDDocument()) {
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                List<String> lines = new ArrayList<>();
                if (p == 1) {
                    lines.add("Revenue rose to " + revenue + " in the last fiscal year, driven by new contracts.");
                    lines.add("The operating margin was 12.5% after the restructuring was completed.");
                }
                for (int s = 0; s < 6; s++) {
                    String topic = TOPICS[rnd.nextInt(TOPICS.length)];
                    lines.add("In the region studied, " + topic + " " + VERBS[rnd.nextInt(VERBS.length)]
                            + " compared with the previous period.");
                    lines.add("Analysts noted that " + topic + " depends on staffing and on local demand.");
                }
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 780;
                    if (p == 1) {
                        cs.beginText();
                        cs.setFont(bold, 22);
                        cs.newLineAtOffset(50, y);
                        cs.showText(title);
                        cs.endText();
                        y -= 40;
                    }
                    for (String line : lines) {
                        cs.beginText();
                        cs.setFont(body, 10);
                        cs.newLineAtOffset(50, y);
                        cs.showText(line);
                        cs.endText();
                        y -= 16;
                    }
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
    }
}

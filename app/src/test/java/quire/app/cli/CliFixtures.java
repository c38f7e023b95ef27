package quire.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import quire.app.Main;

/** Input files for the command-line tests, and a way to run a command and capture its streams. */
final class CliFixtures {

    /** The exit code and what the command wrote. */
    record Result(int code, String out, String err) {
        long errLines() {
            return err.lines().filter(l -> !l.isBlank()).count();
        }
    }

    private CliFixtures() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A PDF with {@code pages} pages, each with two lines of Helvetica text. */
    static Path textPdf(Path file, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            fill(doc, pages);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF protected with user password {@code user} (and a different owner password). */
    static Path encryptedPdf(Path file, String user) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            fill(doc, 1);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + user, user, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A well-formed PDF without a single page. */
    static Path emptyPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.save(file.toFile());
        }
        return file;
    }

    static Path truncatedPdf(Path file) throws IOException {
        Path whole = textPdf(file.resolveSibling("whole-" + file.getFileName()), 3);
        byte[] bytes = Files.readAllBytes(whole);
        return Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 5));
    }

    static Path randomBytes(Path file) throws IOException {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[0] = 'x'; // never a magic number by chance
        return Files.write(file, bytes);
    }

    private static void fill(PDDocument doc, int pages) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (int i = 1; i <= pages; i++) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Revenue grew in " + (2018 + i));
                cs.newLineAtOffset(0, -16);
                cs.showText("Page " + i + " of the report");
                cs.endText();
            }
        }
    }
}

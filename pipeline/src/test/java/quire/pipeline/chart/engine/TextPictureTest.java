package quire.pipeline.chart.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class TextPictureTest {

    private static int grey(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xff;
    }

    @Test
    void colouredMarksTurnWhiteAndTextInsideThemTurnsDark() {
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 100);
        g.setColor(new Color(40, 118, 221)); // a blue bar
        g.fillRect(20, 20, 120, 40);
        g.setColor(Color.WHITE); // a white block "written" inside it
        g.fillRect(60, 35, 10, 10);
        g.setColor(Color.BLACK); // dark text beside it
        g.fillRect(150, 35, 10, 10);
        g.dispose();

        BufferedImage t = TextPicture.of(img);

        assertThat(grey(t, 30, 25)).as("bar").isEqualTo(255);
        assertThat(grey(t, 65, 40)).as("white text in the bar").isLessThan(60);
        assertThat(grey(t, 155, 40)).as("black text beside the bar").isLessThan(60);
        assertThat(grey(t, 180, 80)).as("background").isEqualTo(255);
    }

    @Test
    void whiteGapsBetweenBarsOfDifferentColoursStayWhite() {
        BufferedImage img = new BufferedImage(100, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 100, 60);
        g.setColor(new Color(200, 60, 60));
        g.fillRect(10, 10, 38, 40);
        g.setColor(new Color(60, 160, 60));
        g.fillRect(50, 10, 38, 40);
        g.dispose();

        assertThat(grey(TextPicture.of(img), 49, 30)).isEqualTo(255);
    }

    @Test
    void greyPicturesPassUnchanged() {
        BufferedImage img = new BufferedImage(50, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 50, 20);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("42", 5, 15);
        g.dispose();
        assertThat(TextPicture.of(img)).isSameAs(img);
    }
}

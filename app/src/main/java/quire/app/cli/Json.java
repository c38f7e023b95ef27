package quire.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/** JSON output for the commands: streamed with Jackson so big documents never sit in memory as a tree. */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    /** A pretty-printing generator over the command's output; closing it flushes but leaves {@code out} open. */
    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        return g;
    }

    /** Two decimals, as cli.md's examples show. */
    static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    static void box(JsonGenerator g, String field, double[] box) throws IOException {
        g.writeFieldName(field);
        g.writeArray(box, 0, box.length);
    }
}

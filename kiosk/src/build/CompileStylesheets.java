import java.io.File;
import java.io.IOException;
import javafx.css.Stylesheet;

/**
 * Build step (kiosk/pom.xml, process-classes): writes each style sheet in JavaFX's binary form next to it, FILE.css
 * to FILE.bss. JavaFX's StyleManager loads FILE.bss in place of FILE.css when it finds one, so the kiosk's first
 * frame reads a parsed sheet instead of running the CSS parser for the first time in the process (issue 18: ~15 ms
 * of the JavaFX thread's path to the first frame). Run as a single source file on the build's JDK 25:
 * {@code java -cp CLASSPATH CompileStylesheets.java A.css B.css ...}.
 */
public final class CompileStylesheets {

    private CompileStylesheets() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: CompileStylesheets FILE.css...");
            System.exit(2);
        }
        for (String name : args) {
            if (!name.endsWith(".css")) {
                System.err.println("not a .css file: " + name);
                System.exit(2);
            }
            File css = new File(name);
            File bss = new File(name.substring(0, name.length() - ".css".length()) + ".bss");
            Stylesheet.convertToBinary(css, bss);
        }
    }
}

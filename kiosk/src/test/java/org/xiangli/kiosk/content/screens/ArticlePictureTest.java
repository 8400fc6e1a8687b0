package org.xiangli.kiosk.content.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.shell.PngEncoder;
import org.xiangli.kiosk.shell.Snapshots;
import org.xiangli.kiosk.ui.FxToolkit;
import org.xiangli.kiosk.ui.FxUi;

/**
 * An article's PNG picture takes its place on the page from its header at once and is decoded, at the size it is
 * shown, off the UI thread (issue 18); the whole picture is decoded when a reader touches it.
 */
@ExtendWith(FxToolkit.class)
class ArticlePictureTest {

    private final FxUi ui = new FxUi();
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);

    @Test
    void givenALargePng_whenItsArticleIsBuilt_thenItsPlaceIsSizedAtOnceAndThePictureArrivesAtThatSize()
            throws Exception {
        byte[] png = picture(1440, 960);
        AtomicReference<Image> enlarged = new AtomicReference<>();

        Node frame = ui.call(() -> {
            VBox article = ArticleView.render("![一图读懂](images/a.png)", messages,
                    path -> path.equals("images/a.png") ? Optional.of(png) : Optional.empty(), enlarged::set);
            Snapshots.render(new Scene(article, 1280, 800));
            return article.lookup(".article-image");
        });
        ImageView view = ui.call(() -> (ImageView) ((javafx.scene.Parent) frame).lookup(".image-view"));
        Region place = (Region) view.getParent();

        // 1440×960 shown at most 720×200: 300×200, laid out so before the picture is decoded.
        assertEquals(300, ui.call(place::getWidth), 0.5);
        assertEquals(200, ui.call(place::getHeight), 0.5);
        Image shown = awaitImage(view);
        assertEquals(300, shown.getWidth(), 1);
        assertEquals(200, shown.getHeight(), 1);
        assertEquals(0xFF000000 | 0x1B6E3A, shown.getPixelReader().getArgb(150, 20) | 0xFF000000, "top band colour");

        ui.run(() -> frame.getOnMouseClicked().handle(null));
        assertEquals(1440, enlarged.get().getWidth(), "a touch shows the whole picture");
        assertEquals(960, enlarged.get().getHeight());
    }

    @Test
    void givenAPictureSmallerThanItsPlace_whenShown_thenItIsNotEnlarged() throws Exception {
        byte[] png = picture(160, 90);
        ImageView view = ui.call(() -> {
            VBox article = ArticleView.render("![小图](b.png)", messages, p -> Optional.of(png), i -> { });
            Snapshots.render(new Scene(article, 1280, 800));
            return (ImageView) article.lookup(".image-view");
        });
        Image shown = awaitImage(view);
        assertEquals(160, shown.getWidth(), 0.5);
        assertEquals(90, shown.getHeight(), 0.5);
    }

    @Test
    void givenBytesThatAreNoPicture_whenShown_thenTheAltTextSaysWhatItShows() {
        Label said = ui.call(() -> {
            VBox article = ArticleView.render("![村道示意图](c.png)", messages,
                    p -> Optional.of("not a picture".getBytes()), i -> { });
            return (Label) article.getChildren().getFirst();
        });
        assertTrue(said.getText().contains("村道示意图"), said.getText());
        assertNull(ui.call(() -> said.lookup(".image-view")));
    }

    /** A picture with a green band at the top over a light page colour, as PNG. */
    private static byte[] picture(int width, int height) {
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = i / width < height / 4 ? 0xFF1B6E3A : 0xFFF7F5F0;
        }
        return PngEncoder.encode(argb, width, height);
    }

    private Image awaitImage(ImageView view) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Image image = ui.call(view::getImage);
            if (image != null) {
                return image;
            }
            Thread.sleep(10);
        }
        Image image = ui.call(view::getImage);
        assertNotNull(image, "the picture was decoded and shown");
        return image;
    }
}

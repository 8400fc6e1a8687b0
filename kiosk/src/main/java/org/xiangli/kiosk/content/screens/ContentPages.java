package org.xiangli.kiosk.content.screens;

import java.time.ZoneId;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.content.sync.ContentStatusReader;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.speech.Speech;
import org.xiangli.kiosk.ui.Navigator;
import org.xiangli.kiosk.ui.Screen;

/** The publicity pages (list, article, search) and the technicians' content status, each built fresh when opened. */
public final class ContentPages {

    /** Enough to see a pattern (the same refusal at every poll) and still read on two or three pages. */
    public static final int CONTENT_ATTEMPTS_SHOWN = 10;

    private final Messages messages;
    private final ContentLibrary library;
    private final Speech speech;
    private final Navigator navigator;
    private final ContentStatusReader status;
    private final ZoneId zone;

    public ContentPages(Messages messages, ContentLibrary library, Speech speech, Navigator navigator,
                        ContentStatusReader status, ZoneId zone) {
        this.messages = messages;
        this.library = library;
        this.speech = speech;
        this.navigator = navigator;
        this.status = status;
        this.zone = zone;
    }

    public Screen publicity() {
        return new PublicityScreen(messages, library, navigator::open, this);
    }

    public Screen article(ContentItem item) {
        library.opened(item);
        return new ArticleScreen(messages, item, library.categories(), speech, name -> library.asset(item, name));
    }

    /** The article's page without counting an open: what the kiosk builds ahead to warm up, never shown. */
    public Screen articleUncounted(ContentItem item) {
        return new ArticleScreen(messages, item, library.categories(), speech, name -> library.asset(item, name));
    }

    public Screen search() {
        return new SearchScreen(messages, library, navigator::open, this, navigator.portrait());
    }

    public Screen contentStatus() {
        return new ContentStatusScreen(messages, status.read(CONTENT_ATTEMPTS_SHOWN), CONTENT_ATTEMPTS_SHOWN, zone);
    }
}

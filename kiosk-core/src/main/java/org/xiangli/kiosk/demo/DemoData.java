package org.xiangli.kiosk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xiangli.kiosk.content.Category;
import org.xiangli.kiosk.content.ContentFile;
import org.xiangli.kiosk.content.ContentFileException;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.Priority;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.queue.ServiceGuideRepository;
import org.xiangli.kiosk.queue.ServiceItem;
import org.xiangli.kiosk.toml.Toml;
import org.xiangli.kiosk.toml.TomlArray;
import org.xiangli.kiosk.toml.TomlDocument;
import org.xiangli.kiosk.toml.TomlTable;

/**
 * The demo station: fictional notices, a financial disclosure table, policy summaries in our own words and a
 * service guide, written into the store through the same repositories real content uses.
 */
public final class DemoData {

    private static final System.Logger LOG = System.getLogger(DemoData.class.getName());

    static final List<String> CONTENT_FILES = List.of(
            "01-fire-patrol.md", "02-finance-q3.md", "03-farmland-subsidy.md", "04-pension-levels.md",
            "05-land-transfer.md", "06-winter-wheat.md", "07-anti-fraud.md", "08-health-check.md");
    /** Pictures the demo articles show, under content/ beside them. */
    static final List<String> IMAGES = List.of("images/farmland-subsidy.png");

    private final ContentRepository content;
    private final ServiceGuideRepository services;

    public DemoData(ContentRepository content, ServiceGuideRepository services) {
        this.content = content;
        this.services = services;
    }

    /** Loads the demo data unless the store already holds content (a demo restart keeps what is there). */
    public void loadIfEmpty() {
        if (content.count() > 0) {
            return;
        }
        content.saveCategories(Category.DEFAULTS);
        content.upsert(contentItems());
        content.putLocalAssets(images());
        services.replaceAll(serviceGuide());
        LOG.log(Level.INFO, "demo data loaded: {0} items, {1} services", CONTENT_FILES.size(), 6);
    }

    /**
     * The urgent banner on or off, for scenario scripts and layout checks: on puts the demo's urgent notices back
     * as they were written; off lowers every urgent notice live on {@code day} to a normal one (it stays in its
     * list). Changes the store like an import would: the shell shows it after {@code refreshBanners}.
     */
    public void urgentBanner(boolean on, LocalDate day) {
        if (on) {
            content.upsert(contentItems().stream().filter(i -> i.priority() == Priority.URGENT).toList());
        } else {
            content.upsert(content.urgent(day).stream().map(DemoData::lowered).toList());
        }
    }

    private static ContentItem lowered(ContentItem i) {
        return new ContentItem(i.id(), i.category(), i.title(), i.summary(), i.bodyMarkdown(), i.published(),
                i.expires(), Priority.NORMAL, i.featured(), i.url());
    }

    public static List<ContentItem> contentItems() {
        List<ContentItem> items = new ArrayList<>();
        for (String file : CONTENT_FILES) {
            String id = "demo-" + file.substring(0, file.length() - ".md".length());
            try {
                items.add(ContentFile.parse(id, resource("content/" + file), file));
            } catch (ContentFileException e) {
                throw new IllegalStateException("demo content is broken: " + e.getMessage(), e);
            }
        }
        return items;
    }

    /** The demo articles' pictures (一图读懂), by the names their Markdown gives. */
    public static java.util.Map<String, byte[]> images() {
        java.util.Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        for (String name : IMAGES) {
            try (java.io.InputStream in = DemoData.class.getResourceAsStream("content/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("demo image missing: " + name);
                }
                out.put(name, in.readAllBytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }

    public static List<ServiceItem> serviceGuide() {
        TomlDocument toml = Toml.parse(resource("services.toml"));
        if (toml.hasErrors()) {
            throw new IllegalStateException("demo services.toml is broken: " + toml.errors().getFirst().describe());
        }
        List<ServiceItem> out = new ArrayList<>();
        TomlArray array = toml.root().getArrayOrEmpty("service");
        for (int i = 0; i < array.size(); i++) {
            TomlTable t = array.getTable(i);
            out.add(new ServiceItem(t.getString("letter").charAt(0), t.getString("name"),
                    strings(t.getArrayOrEmpty("documents")), strings(t.getArrayOrEmpty("steps")),
                    t.getString("fees"), t.getString("time_limit"),
                    t.getArrayOrEmpty("windows").toList().stream().map(o -> ((Long) o).intValue()).toList()));
        }
        return out;
    }

    private static List<String> strings(TomlArray array) {
        return array.toList().stream().map(String::valueOf).toList();
    }

    private static String resource(String name) {
        try (InputStream in = DemoData.class.getResourceAsStream("/org/xiangli/kiosk/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.xiangli.county.web;

import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.xiangli.county.publish.Editor;
import org.xiangli.county.publish.Item;
import org.xiangli.county.publish.ItemRepository;
import org.xiangli.county.publish.PreviewHtml;
import org.xiangli.county.publish.Publishing;
import org.xiangli.county.publish.Reach;
import org.xiangli.county.publish.StationBundles;
import org.xiangli.county.publish.Target;
import org.xiangli.county.store.StationRepository;
import org.xiangli.county.store.UserRepository;
import org.xiangli.kiosk.content.Category;
import org.xiangli.kiosk.content.Priority;

/**
 * The publishing pages (issue 17): the list of items, the editor with its kiosk preview and history, review and
 * publishing steps, the reach of an item, and the feed the kiosks poll ({@code /feed/STATION.xlb}, no login: the
 * bundles are signed, and a kiosk applies only its own station's). Every change goes through {@link Publishing},
 * which checks roles and scopes; these handlers only read forms and render.
 */
public final class EditorRoutes {

    private static final System.Logger LOG = System.getLogger(EditorRoutes.class.getName());
    static final String FEED_PREFIX = "/feed/";

    /** What the publishing pages need. */
    public record Parts(Publishing publishing, Reach reach, StationBundles bundles, UserRepository users,
                 StationRepository stations, Views views) {
    }

    private final HubServer server;
    private final Parts parts;

    EditorRoutes(HubServer server, Parts parts) {
        this.server = server;
        this.parts = parts;
    }

    static void configure(io.javalin.config.JavalinConfig config) {
        config.jetty.multipartConfig.maxFileSize(20, SizeUnit.MB);
        config.jetty.multipartConfig.maxTotalRequestSize(24, SizeUnit.MB);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
    }

    void routes(io.javalin.config.RoutesConfig routes) {
        routes.get("/items", this::list);
        routes.get("/items/new", ctx -> editor(ctx, Optional.empty(), null, null));
        routes.post("/items", ctx -> save(ctx, Optional.empty()));
        routes.get("/items/{id}", ctx -> editor(ctx, Optional.of(item(ctx)), null, ctx.queryParam("flash")));
        routes.post("/items/{id}", ctx -> save(ctx, Optional.of(item(ctx))));
        routes.post("/items/{id}/submit", ctx -> step(ctx, "submit"));
        routes.post("/items/{id}/approve", ctx -> step(ctx, "approve"));
        routes.post("/items/{id}/reject", ctx -> step(ctx, "reject"));
        routes.post("/items/{id}/publish", ctx -> step(ctx, "publish"));
        routes.post("/items/{id}/withdraw", ctx -> step(ctx, "withdraw"));
        routes.get("/items/{id}/asset/{name}", this::asset);
        routes.get("/items/{id}/reach", this::reach);
        routes.get("/feed/{file}", this::feed);
    }

    private Editor editor(Context ctx) {
        HubLogin.Session s = HubServer.session(ctx);
        String scope = parts.users().find(s.user()).map(UserRepository.User::scope).orElse("");
        return new Editor(s.user(), s.role(), scope);
    }

    private Item item(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("hub-[0-9a-f]{10}")) {
            throw new IllegalArgumentException("not an item id: " + id);
        }
        return parts.publishing().items().find(id).orElseThrow(() -> new IllegalArgumentException("no item " + id));
    }

    // ---- pages ----

    private void list(Context ctx) {
        Editor who = editor(ctx);
        Views v = parts.views();
        List<EditorPages.ItemLine> lines = parts.publishing().items().all().stream()
                .map(i -> new EditorPages.ItemLine(i.id(), i.title(), i.categoryName(), i.status().chinese(),
                        i.target().chinese(), i.author(), v.time(i.updatedAt()), i.urgent(), i.needsReview()))
                .toList();
        server.render(ctx, "items.jte", new EditorPages.Items(server.chrome(ctx), lines, who.role().edits(),
                who.scopeText(), ctx.queryParam("flash")));
    }

    /** The editor page: {@code form} is a draft being previewed or refused (null: the stored item, or empty). */
    private void editor(Context ctx, Optional<Item> stored, Form form, String flash) {
        Editor who = editor(ctx);
        LocalDate today = LocalDate.now(parts.views().zone());
        Form f = form != null ? form : stored.map(Form::of).orElseGet(() -> Form.empty(today, who));
        boolean large = "1".equals(ctx.queryParam("large")) || form != null && form.large;
        Optional<Item> item = stored;
        Item.Status status = item.map(Item::status).orElse(Item.Status.DRAFT);
        boolean needsReview = f.needsReview();
        boolean writer = who.role().edits();
        List<EditorPages.HistoryLine> history = item.map(i -> parts.publishing().items().history(i.id()).stream()
                .map(h -> new EditorPages.HistoryLine(parts.views().time(h.at()), h.user(), h.action(), h.detail()))
                .toList()).orElse(List.of());
        String assetBase = item.map(i -> "/items/" + i.id() + "/asset/").orElse("/items/none/asset/");
        List<String> hints = parts.stations().all().stream().filter(who::mayReach)
                .map(s -> s.code() + (s.township().isEmpty() ? "" : "（" + s.township() + " " + s.village() + "）"))
                .toList();
        server.render(ctx, "item.jte", new EditorPages.Editor(server.chrome(ctx), item.map(Item::id).orElse(null),
                f.title, categories(f.category), f.summary, f.body, f.published, f.expires, priorities(f.priority),
                targetKinds(f.targetKind), f.targetNames, item.isPresent() ? status.chinese() : "未保存", needsReview,
                writer, writer && item.isPresent() && needsReview && status == Item.Status.DRAFT,
                who.role().reviews() && status == Item.Status.PENDING,
                writer && item.isPresent() && (needsReview ? status == Item.Status.APPROVED
                        : status == Item.Status.DRAFT || status == Item.Status.WITHDRAWN),
                writer && status == Item.Status.PUBLISHED, who.scopeText(), hints, f.title,
                PreviewHtml.body(f.body, assetBase), "urgent".equals(f.priority), large, history,
                form != null ? form.error : null, flash));
    }

    private void save(Context ctx, Optional<Item> stored) throws IOException {
        Form form = Form.read(ctx);
        String table = Optional.ofNullable(ctx.formParam("table")).orElse("");
        UploadedFile csv = ctx.uploadedFile("csv");
        if (csv != null && csv.size() > 0) {
            if (csv.size() > 1 << 20) {
                form.error = "CSV 文件超过 1 MB / the CSV file is larger than 1 MB";
                ctx.status(400);
                editor(ctx, stored, form, null);
                return;
            }
            try (InputStream in = csv.content()) {
                table = table + (table.isBlank() ? "" : "\n") + decode(in.readAllBytes());
            }
        }
        if ("preview".equals(ctx.formParam("action"))) {
            try {
                String md = org.xiangli.county.publish.TableText.markdown(table);
                if (!md.isEmpty()) {
                    form.body = form.body.strip() + "\n\n" + md;
                }
            } catch (IllegalArgumentException e) {
                form.error = e.getMessage();
            }
            UploadedFile chosen = ctx.uploadedFile("image");
            editor(ctx, stored, form, "预览未保存。确认无误后请点「保存」。" + (chosen != null && chosen.size() > 0
                    ? "所选图片在保存后显示，保存前请重新选择图片。" : ""));
            return;
        }
        Optional<Publishing.Upload> image = Optional.empty();
        UploadedFile photo = ctx.uploadedFile("image");
        if (photo != null && photo.size() > 0) {
            try (InputStream in = photo.content()) {
                image = Optional.of(new Publishing.Upload(in.readAllBytes(),
                        Optional.ofNullable(ctx.formParam("imageAlt")).orElse("")));
            }
        }
        try {
            Item saved = parts.publishing().save(editor(ctx), stored.map(Item::id), form.draft(), image, table);
            ctx.redirect("/items/" + saved.id() + "?flash=" + enc("已保存"));
        } catch (Publishing.Forbidden e) {
            form.error = e.getMessage();
            ctx.status(403);
            editor(ctx, stored, form, null);
        } catch (IllegalArgumentException e) {
            form.error = e.getMessage();
            ctx.status(400);
            editor(ctx, stored, form, null);
        }
    }

    /** A CSV saved by Excel in China is often GBK; UTF-8 (with or without BOM) is tried first. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("GB18030"));
        }
    }

    private void step(Context ctx, String step) throws IOException {
        Item item = item(ctx);
        Editor who = editor(ctx);
        String note = Optional.ofNullable(ctx.formParam("note")).orElse("");
        try {
            Item after = switch (step) {
                case "submit" -> parts.publishing().submit(who, item.id());
                case "approve" -> parts.publishing().approve(who, item.id(), note);
                case "reject" -> parts.publishing().reject(who, item.id(), note);
                case "publish" -> parts.publishing().publish(who, item.id());
                case "withdraw" -> parts.publishing().withdraw(who, item.id());
                default -> throw new IllegalArgumentException(step);
            };
            LOG.log(Level.INFO, "hub: {0} {1} item {2}", who.name(), step, item.id());
            ctx.redirect("/items/" + item.id() + "?flash=" + enc("已" + switch (step) {
                case "submit" -> "提交审核";
                case "approve" -> "审核通过";
                case "reject" -> "退回修改";
                case "publish" -> "发布" + (after.urgent() ? "，并已通知终端立即同步" : "");
                default -> "撤回";
            }));
        } catch (Publishing.Forbidden e) {
            ctx.status(403);
            editor(ctx, Optional.of(item), withError(item, e.getMessage()), null);
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            editor(ctx, Optional.of(item), withError(item, e.getMessage()), null);
        }
    }

    private static Form withError(Item item, String error) {
        Form f = Form.of(item);
        f.error = error;
        return f;
    }

    private void asset(Context ctx) {
        Item item = item(ctx);
        String name = ctx.pathParam("name");
        if (!name.matches("img-[0-9]{1,4}\\.jpg")) {
            throw new IllegalArgumentException("not an image: " + name);
        }
        byte[] bytes = parts.publishing().items().asset(item.id(), name)
                .orElseThrow(() -> new IllegalArgumentException("no image " + name));
        ctx.contentType("image/jpeg").result(bytes);
    }

    private void reach(Context ctx) {
        Item item = item(ctx);
        Reach.Report r = parts.reach().of(item);
        server.render(ctx, "reach.jte", new EditorPages.Reach(server.chrome(ctx), item.id(), item.title(),
                item.status().chinese(), item.target().chinese(), r.applied(), r.pending(), r.opens(),
                r.lines().stream().map(l -> new EditorPages.ReachLine(l.station(), l.township(), l.village(),
                        l.online() ? "在线" : "离线", l.state(), l.applied(), l.opens())).toList()));
    }

    // ---- the feed ----

    /**
     * A station's latest bundle, as the kiosk's downloader expects: ETag, 304 for If-None-Match, and resume with
     * Range (only when If-Range names this very bundle; otherwise the whole file, 200).
     */
    private void feed(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        if (!file.endsWith(".xlb") || !org.xiangli.kiosk.fleet.FleetTopics.isId(file.substring(0, file.length() - 4))) {
            ctx.status(404).result("no such feed");
            return;
        }
        String station = file.substring(0, file.length() - 4);
        Optional<ItemRepository.StationBundle> bundle = parts.publishing().items().latestBundle(station);
        Path path = bundle.map(parts.bundles()::file).filter(Files::isRegularFile).orElse(null);
        if (path == null) {
            ctx.status(404).result("nothing published for " + station + " yet");
            return;
        }
        String etag = bundle.get().etag();
        long size = Files.size(path);
        ctx.header("ETag", etag);
        ctx.header("Accept-Ranges", "bytes");
        ctx.header("Cache-Control", "no-cache");
        String ifNoneMatch = ctx.header("If-None-Match");
        if (etag.equals(ifNoneMatch)) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/octet-stream");
        String range = ctx.header("Range");
        String ifRange = ctx.header("If-Range");
        if (range != null && range.matches("bytes=[0-9]{1,18}-") && (ifRange == null || ifRange.equals(etag))) {
            long from = Long.parseLong(range.substring(6, range.length() - 1));
            if (from >= size) {
                ctx.status(416).header("Content-Range", "bytes */" + size);
                return;
            }
            ctx.status(206).header("Content-Range", "bytes " + from + "-" + (size - 1) + "/" + size);
            InputStream in = Files.newInputStream(path);
            in.skipNBytes(from);
            ctx.header("Content-Length", String.valueOf(size - from));
            ctx.result(in);
            return;
        }
        ctx.header("Content-Length", String.valueOf(size));
        ctx.result(Files.newInputStream(path));
    }

    // ---- form ----

    private static List<EditorPages.Option> categories(String selected) {
        return Category.DEFAULTS.stream().map(c -> new EditorPages.Option(c.code(), c.nameZh(),
                c.code().equals(selected))).toList();
    }

    private static List<EditorPages.Option> priorities(String selected) {
        return List.of(new EditorPages.Option("normal", "普通", "normal".equals(selected)),
                new EditorPages.Option("pinned", "置顶", "pinned".equals(selected)),
                new EditorPages.Option("urgent", "紧急（终端顶部横幅，立即同步）", "urgent".equals(selected)));
    }

    private static List<EditorPages.Option> targetKinds(String selected) {
        return List.of(new EditorPages.Option("all", "全县所有站点", "all".equals(selected)),
                new EditorPages.Option("townships", "指定乡镇", "townships".equals(selected)),
                new EditorPages.Option("stations", "指定站点", "stations".equals(selected)));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The editor's fields as text, so a refused form comes back as it was typed. */
    static final class Form {
        String title = "";
        String category = "notices";
        String summary = "";
        String body = "";
        String published = "";
        String expires = "";
        String priority = "normal";
        String targetKind = "stations";
        String targetNames = "";
        String error;
        boolean large;

        static Form empty(LocalDate today, Editor who) {
            Form f = new Form();
            f.published = today.toString();
            f.targetKind = who.role() == Role.TOWNSHIP_EDITOR ? "townships" : who.role() == Role.VILLAGE_EDITOR
                    ? "stations" : "all";
            f.targetNames = who.role().scoped() ? who.scope() : "";
            return f;
        }

        static Form of(Item i) {
            Form f = new Form();
            f.title = i.title();
            f.category = i.category();
            f.summary = i.summary();
            f.body = i.body();
            f.published = i.published().toString();
            f.expires = i.expires().map(LocalDate::toString).orElse("");
            f.priority = i.priority().code();
            f.targetKind = i.target().kind().word();
            f.targetNames = i.target().namesText();
            return f;
        }

        static Form read(Context ctx) {
            Form f = new Form();
            f.title = param(ctx, "title");
            f.category = param(ctx, "category");
            f.summary = param(ctx, "summary");
            f.body = param(ctx, "body");
            f.published = param(ctx, "published");
            f.expires = param(ctx, "expires");
            f.priority = param(ctx, "priority");
            f.targetKind = param(ctx, "targetKind");
            f.targetNames = param(ctx, "targetNames");
            f.large = "1".equals(ctx.formParam("large"));
            return f;
        }

        boolean needsReview() {
            return Item.needsReview(category, title, body);
        }

        Publishing.Draft draft() {
            LocalDate pub;
            Optional<LocalDate> exp;
            try {
                pub = LocalDate.parse(published);
                exp = expires.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(expires));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("日期格式应为 年-月-日 / dates are YYYY-MM-DD");
            }
            Priority p;
            try {
                p = Priority.ofCode(priority);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("优先级无效 / unknown priority");
            }
            return new Publishing.Draft(title, category, summary, body, pub, exp, p,
                    Target.parse(targetKind, targetNames));
        }

        private static String param(Context ctx, String name) {
            return Optional.ofNullable(ctx.formParam(name)).orElse("");
        }
    }
}

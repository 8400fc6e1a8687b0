package org.xiangli.county.publish;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.xiangli.county.ingest.HubCommands;
import org.xiangli.county.store.StationRepository;
import org.xiangli.kiosk.content.Category;
import org.xiangli.kiosk.content.Priority;

/**
 * The editors' work on the hub: write and change items (each change in the history, with what changed), send for
 * review, approve or return, publish (every affected station's bundle rebuilt and signed here; an urgent item also
 * tells its stations to sync now), withdraw (the stations' next bundles lack it). Scopes are checked on every step:
 * an editor can neither write for nor publish to a station outside theirs. One step at a time (synchronized): a
 * county publishes a few items a day, and bundles must be built in sequence order.
 */
public final class Publishing {

    private static final System.Logger LOG = System.getLogger(Publishing.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final int MAX_TITLE = 80;
    public static final int MAX_SUMMARY = 200;
    public static final int MAX_BODY = 60_000;

    /** What the editor's form carries. */
    public record Draft(String title, String category, String summary, String body, LocalDate published,
                        Optional<LocalDate> expires, Priority priority, Target target) {
    }

    /** An image uploaded with the form, and the words to show under it. */
    public record Upload(byte[] bytes, String alt) {
    }

    /** Not allowed for this user: the page says why (HTTP 403). */
    public static final class Forbidden extends RuntimeException {
        public Forbidden(String message) {
            super(message);
        }
    }

    private final ItemRepository items;
    private final StationRepository stations;
    private final StationBundles bundles;
    private final Optional<HubCommands> commands;
    private final Clock clock;

    public Publishing(ItemRepository items, StationRepository stations, StationBundles bundles,
                      Optional<HubCommands> commands, Clock clock) {
        this.items = items;
        this.stations = stations;
        this.bundles = bundles;
        this.commands = commands;
        this.clock = clock;
    }

    public ItemRepository items() {
        return items;
    }

    /** Creates ({@code id} empty) or changes an item; an image and a pasted table are added to the body's end. */
    public synchronized Item save(Editor who, Optional<String> id, Draft draft, Optional<Upload> image,
                                  String table) {
        requireEditor(who);
        Draft d = check(draft);
        Set<String> reach = resolve(d.target());
        requireScope(who, reach, d.target());
        Instant now = clock.instant();
        String body = d.body().strip();
        String tableMarkdown = TableText.markdown(table);
        if (!tableMarkdown.isEmpty()) {
            body = body + "\n\n" + tableMarkdown;
        }
        Optional<byte[]> shrunk = image.filter(u -> u.bytes().length > 0).map(u -> ImageShrinker.shrink(u.bytes()));
        Optional<Item> old = id.flatMap(items::find);
        if (id.isPresent() && old.isEmpty()) {
            throw new IllegalArgumentException("no item " + id.get());
        }
        old.ifPresent(o -> requireScope(who, resolve(o.target()), o.target()));
        String itemId = old.map(Item::id).orElseGet(Publishing::newId);
        String finalBody = body;
        return items.database().transaction(c -> {
            String b = finalBody;
            if (shrunk.isPresent()) {
                String name = "img-" + (ItemRepository.assetCount(c, itemId) + 1) + ".jpg";
                ItemRepository.putAsset(c, itemId, name, shrunk.get());
                String alt = image.get().alt().replaceAll("[\\[\\]\\r\\n]", " ").strip();
                b = b + "\n\n![" + (alt.isEmpty() ? "图片" : alt) + "](" + itemId + "/" + name + ")";
            }
            if (b.length() > MAX_BODY) {
                throw new IllegalArgumentException("正文超过 " + MAX_BODY + " 字 / the body is too long");
            }
            Item saved = new Item(itemId, d.title(), d.category(), d.summary(), b, d.published(), d.expires(),
                    d.priority(), d.target(), old.filter(o -> o.status() == Item.Status.PUBLISHED).isPresent()
                    ? Item.Status.PUBLISHED : Item.Status.DRAFT, old.map(Item::author).orElse(who.name()),
                    old.map(Item::createdAt).orElse(now), now,
                    Optional.empty(), old.flatMap(Item::publishedAt));
            // A change to a published item that needs review goes back to draft: the old text stays on the kiosks
            // until the new one is approved and published.
            if (saved.status() == Item.Status.PUBLISHED && saved.needsReview()) {
                saved = withStatus(saved, Item.Status.DRAFT, Optional.empty(), saved.publishedAt());
            }
            ItemRepository.save(c, saved);
            ItemRepository.history(c, itemId, now, who.name(), old.isEmpty() ? "创建" : "修改",
                    old.map(o -> changes(o, d, finalBody, shrunk.isPresent())).orElse("标题：" + d.title()
                            + (shrunk.isPresent() ? "；添加图片" : "") + (tableMarkdown.isEmpty() ? "" : "；粘贴表格")));
            return saved;
        });
    }

    /** Sends an item that needs review to the reviewers. */
    public synchronized Item submit(Editor who, String id) {
        Item item = editable(who, id);
        if (item.status() != Item.Status.DRAFT) {
            throw new IllegalArgumentException("只有草稿可以提交审核 / only a draft can be sent for review");
        }
        return step(item, Item.Status.PENDING, Optional.empty(), who, "提交审核", "");
    }

    public synchronized Item approve(Editor who, String id, String note) {
        Item item = find(id);
        if (!who.role().reviews()) {
            throw new Forbidden("只有审核人可以审核 / only a reviewer approves");
        }
        if (item.author().equals(who.name())) {
            throw new Forbidden("不能审核自己写的信息 / nobody approves their own item");
        }
        if (item.status() != Item.Status.PENDING) {
            throw new IllegalArgumentException("这条信息不在待审核状态 / the item is not waiting for review");
        }
        return step(item, Item.Status.APPROVED, Optional.of(who.name()), who, "审核通过", note.strip());
    }

    public synchronized Item reject(Editor who, String id, String note) {
        Item item = find(id);
        if (!who.role().reviews()) {
            throw new Forbidden("只有审核人可以审核 / only a reviewer reviews");
        }
        if (item.status() != Item.Status.PENDING) {
            throw new IllegalArgumentException("这条信息不在待审核状态 / the item is not waiting for review");
        }
        if (note.isBlank()) {
            throw new IllegalArgumentException("退回时请写明原因 / say why it goes back");
        }
        return step(item, Item.Status.DRAFT, Optional.empty(), who, "退回修改", note.strip());
    }

    /** Publishes: rebuilds the bundles of the item's stations; an urgent item also sends them sync-now. */
    public synchronized Item publish(Editor who, String id) throws IOException {
        Item item = editable(who, id);
        boolean ready = item.needsReview() ? item.status() == Item.Status.APPROVED
                : item.status() == Item.Status.DRAFT || item.status() == Item.Status.APPROVED
                || item.status() == Item.Status.WITHDRAWN;
        if (!ready) {
            throw new IllegalArgumentException(item.needsReview() && item.status() != Item.Status.PUBLISHED
                    ? "村务公开、财务公开须经审核人审核通过后才能发布 / needs a reviewer's approval first"
                    : "这条信息的状态是「" + item.status().chinese() + "」，不能发布 / cannot publish from this state");
        }
        Item published = step(item, Item.Status.PUBLISHED, item.approvedBy(), who, "发布",
                item.target().chinese());
        Set<String> reach = resolve(item.target());
        rebuild(reach);
        if (item.urgent()) {
            syncNow(reach, who, item);
        }
        return items.find(id).orElse(published);
    }

    /** Withdraws a published item: its stations get new bundles without it. */
    public synchronized Item withdraw(Editor who, String id) throws IOException {
        Item item = editable(who, id);
        if (item.status() != Item.Status.PUBLISHED) {
            throw new IllegalArgumentException("只有已发布的信息可以撤回 / only a published item is withdrawn");
        }
        Item withdrawn = step(item, Item.Status.WITHDRAWN, item.approvedBy(), who, "撤回", "");
        Set<String> stationsHolding = new TreeSet<>();
        for (ItemRepository.StationBundle b : items.bundles()) {
            if (b.items().contains(id)) {
                stationsHolding.add(b.station());
            }
        }
        stationsHolding.addAll(resolve(item.target()));
        rebuild(stationsHolding);
        if (item.urgent()) {
            syncNow(stationsHolding, who, item);
        }
        return withdrawn;
    }

    /** The stations a target reaches today (the registry: registered stations, and any that reported). */
    public Set<String> resolve(Target target) {
        Set<String> out = new TreeSet<>();
        for (StationRepository.Station s : stations.all()) {
            boolean in = switch (target.kind()) {
                case ALL -> true;
                case TOWNSHIPS -> target.names().contains(s.township());
                case STATIONS -> target.names().contains(s.code());
            };
            if (in) {
                out.add(s.code());
            }
        }
        if (target.kind() == Target.Kind.STATIONS) {
            for (String code : target.names()) {
                if (!out.contains(code)) {
                    throw new IllegalArgumentException("没有这个站点 / no station " + code);
                }
            }
        }
        return out;
    }

    /** Rebuilds (and signs) the bundles of {@code codes} from what is published now. */
    public synchronized void rebuild(Set<String> codes) throws IOException {
        LocalDate today = LocalDate.now(clock);
        record Work(String station, StationBundles.StationContent content) {
        }
        // Targets are resolved before the transaction: the station registry has transactions of its own.
        List<Item> publishedNow = items.database().transaction(ItemRepository::published);
        Map<String, Set<String>> reachOf = new LinkedHashMap<>();
        for (Item i : publishedNow) {
            reachOf.put(i.id(), resolve(i.target()));
        }
        List<Work> work = items.database().transaction(c -> {
            List<Item> published = ItemRepository.published(c);
            Map<String, Map<String, byte[]>> assets = new LinkedHashMap<>();
            List<Work> out = new ArrayList<>();
            for (String code : codes) {
                List<Item> mine = new ArrayList<>();
                for (Item i : published) {
                    if (StationBundles.live(i, today) && reachOf.getOrDefault(i.id(), Set.of()).contains(code)) {
                        mine.add(i);
                        if (!assets.containsKey(i.id())) {
                            assets.put(i.id(), ItemRepository.assets(c, i.id()));
                        }
                    }
                }
                List<String> previous = ItemRepository.latestBundle(c, code)
                        .map(ItemRepository.StationBundle::items).orElse(List.of());
                out.add(new Work(code, new StationBundles.StationContent(code, mine, assets, previous)));
            }
            return out;
        });
        long sequence = Math.max(items.database().transaction(ItemRepository::lastSequence) + 1,
                clock.instant().getEpochSecond());
        for (Work w : work) {
            Optional<ItemRepository.StationBundle> built = bundles.build(w.content(), sequence);
            if (built.isPresent()) {
                items.database().transaction(c -> {
                    ItemRepository.putBundle(c, built.get());
                    return null;
                });
            }
        }
    }

    private void syncNow(Set<String> reach, Editor who, Item item) {
        if (commands.isEmpty()) {
            LOG.log(Level.WARNING, "urgent item {0}: this hub has no county key, so no sync-now; kiosks see it at "
                    + "their next poll", item.id());
            return;
        }
        for (String station : reach) {
            try {
                commands.get().send(station, "sync-now", List.of(), who.name());
            } catch (org.eclipse.paho.client.mqttv3.MqttException e) {
                LOG.log(Level.WARNING, "sync-now to {0} for urgent item {1} failed: {2}", station, item.id(),
                        e.getMessage());
            }
        }
    }

    private Item step(Item item, Item.Status status, Optional<String> approvedBy, Editor who, String action,
                      String detail) {
        Instant now = clock.instant();
        Item next = withStatus(item, status, approvedBy, status == Item.Status.PUBLISHED ? Optional.of(now)
                : item.publishedAt());
        return items.database().transaction(c -> {
            ItemRepository.save(c, next);
            ItemRepository.history(c, item.id(), now, who.name(), action, detail);
            return next;
        });
    }

    private static Item withStatus(Item i, Item.Status status, Optional<String> approvedBy,
                                   Optional<Instant> publishedAt) {
        return new Item(i.id(), i.title(), i.category(), i.summary(), i.body(), i.published(), i.expires(),
                i.priority(), i.target(), status, i.author(), i.createdAt(), i.updatedAt(), approvedBy, publishedAt);
    }

    private Item find(String id) {
        return items.find(id).orElseThrow(() -> new IllegalArgumentException("没有这条信息 / no item " + id));
    }

    private Item editable(Editor who, String id) {
        requireEditor(who);
        Item item = find(id);
        requireScope(who, resolve(item.target()), item.target());
        return item;
    }

    private static void requireEditor(Editor who) {
        if (!who.role().edits()) {
            throw new Forbidden("只有编辑可以撰写和发布信息 / only editors write and publish");
        }
    }

    private void requireScope(Editor who, Set<String> reach, Target target) {
        if (target.kind() == Target.Kind.ALL && who.role() != org.xiangli.county.web.Role.COUNTY_EDITOR
                && who.role() != org.xiangli.county.web.Role.ADMIN) {
            throw new Forbidden("只有县编辑可以发布到全县 / only a county editor publishes to every station");
        }
        Set<String> allowed = who.allowedStations(stations.all());
        Set<String> outside = new LinkedHashSet<>(reach);
        outside.removeAll(allowed);
        if (!outside.isEmpty() || target.kind() == Target.Kind.TOWNSHIPS && who.role()
                == org.xiangli.county.web.Role.TOWNSHIP_EDITOR && !List.of(who.scope()).containsAll(target.names())) {
            throw new Forbidden("超出您的发布范围（" + who.scopeText() + "）：" + (outside.isEmpty()
                    ? String.join("、", target.names()) : String.join("、", outside))
                    + " / outside your scope");
        }
    }

    private static Draft check(Draft d) {
        String title = d.title() == null ? "" : d.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE || title.contains("\n")) {
            throw new IllegalArgumentException("标题须为 1–" + MAX_TITLE + " 字的一行 / a title is one line of 1-"
                    + MAX_TITLE + " characters");
        }
        Category category = Category.byNameOrCode(d.category() == null ? "" : d.category());
        if (category == null) {
            throw new IllegalArgumentException("请选择栏目 / choose a category");
        }
        String summary = d.summary() == null ? "" : d.summary().replaceAll("[\\r\\n]+", " ").strip();
        if (summary.length() > MAX_SUMMARY) {
            throw new IllegalArgumentException("摘要超过 " + MAX_SUMMARY + " 字 / the summary is too long");
        }
        String body = d.body() == null ? "" : d.body().replace("\r\n", "\n");
        if (d.expires().filter(e -> e.isBefore(d.published())).isPresent()) {
            throw new IllegalArgumentException("截止日期早于发布日期 / expires before it is published");
        }
        return new Draft(title, category.code(), summary, body, d.published(), d.expires(), d.priority(), d.target());
    }

    private static String changes(Item old, Draft d, String body, boolean image) {
        List<String> out = new ArrayList<>();
        if (!old.title().equals(d.title())) {
            out.add("标题：" + old.title() + " → " + d.title());
        }
        if (!old.category().equals(d.category())) {
            out.add("栏目");
        }
        if (!old.summary().equals(d.summary())) {
            out.add("摘要");
        }
        if (!old.body().strip().equals(body.strip())) {
            out.add("正文");
        }
        if (!old.published().equals(d.published()) || !old.expires().equals(d.expires())) {
            out.add("日期");
        }
        if (old.priority() != d.priority()) {
            out.add("优先级：" + old.priority().code() + " → " + d.priority().code());
        }
        if (!old.target().equals(d.target())) {
            out.add("发布范围：" + old.target().chinese() + " → " + d.target().chinese());
        }
        if (image) {
            out.add("添加图片");
        }
        return out.isEmpty() ? "无改动" : String.join("；", out);
    }

    private static String newId() {
        byte[] b = new byte[5];
        RANDOM.nextBytes(b);
        return "hub-" + HexFormat.of().formatHex(b);
    }
}

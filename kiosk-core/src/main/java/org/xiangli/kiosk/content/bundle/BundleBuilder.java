package org.xiangli.kiosk.content.bundle;

import org.xiangli.kiosk.keys.PublisherKeyFiles;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.xiangli.kiosk.content.Category;
import org.xiangli.kiosk.content.ContentFile;
import org.xiangli.kiosk.content.ContentFileException;
import org.xiangli.kiosk.content.ContentItem;

/**
 * The publisher's side: turns a folder of Markdown files (one item each, front matter as in {@link ContentFile})
 * and the images they refer to into a signed bundle. Every problem names the file and line.
 */
public final class BundleBuilder {

    /** What to build: a full bundle, or a delta that also withdraws the given item ids. */
    public record Options(long sequence, boolean delta, List<String> withdrawn, List<String> scope, Instant created) {
    }

    /** What was written. */
    public record Result(Manifest manifest, long bytes) {
    }

    private final BundleLimits limits;

    public BundleBuilder(BundleLimits limits) {
        this.limits = limits;
    }

    public Result build(Path dir, PublisherKeyFiles.Signer signer, Options options, Path out)
            throws IOException, ContentFileException {
        if (!Files.isDirectory(dir)) {
            throw new ContentFileException(dir.toString(), 0, "not a directory");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        List<Manifest.ItemEntry> items = new ArrayList<>();
        Map<String, byte[]> assets = new LinkedHashMap<>();
        // Every file's problems at once, each with its file and line, before anything is written.
        List<ContentFileException> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                ContentFile.Source source = source(file);
                for (ContentFile.ImageRef image : source.images()) {
                    try {
                        addImage(dir, file.getFileName().toString(), image, assets);
                    } catch (ContentFileException e) {
                        problems.add(e);
                    }
                }
                items.add(entry(source));
            } catch (ContentFileException e) {
                problems.add(e);
            }
        }
        if (!problems.isEmpty()) {
            throw ContentFileException.of(problems);
        }
        if (items.isEmpty() && !options.delta()) {
            throw new ContentFileException(dir.toString(), 0, "no .md files: a full bundle needs at least one item");
        }
        List<Manifest.AssetEntry> assetEntries = new ArrayList<>();
        assets.forEach((name, data) -> assetEntries.add(
                new Manifest.AssetEntry(name, data.length, BundleReader.sha256(data))));
        Manifest manifest = new Manifest(Manifest.FORMAT, UUID.randomUUID().toString(), signer.publicKey().id(),
                null, options.sequence(), options.created().toString(), options.delta() ? "delta" : "full",
                options.scope(), Category.DEFAULTS.stream().map(c -> new Manifest.CategoryEntry(c.code(), c.nameZh(),
                        c.nameEn(), c.sortOrder())).toList(), items, options.withdrawn(), assetEntries);
        int manifestBytes = manifest.toJson().length;
        if (manifestBytes > limits.maxManifestBytes() || items.size() > limits.maxItems()) {
            throw new ContentFileException(dir.toString(), 0, items.size() + " items make a manifest of "
                    + manifestBytes + " bytes; a kiosk accepts at most " + limits.maxItems() + " items and "
                    + limits.maxManifestBytes() + " bytes: publish them as several delta bundles");
        }
        BundleWriter.write(out, manifest, List.copyOf(assets.values()), signer.privateKey());
        return new Result(manifest, Files.size(out));
    }

    private static ContentFile.Source source(Path file) throws IOException, ContentFileException {
        String fileName = file.getFileName().toString();
        String id = fileName.substring(0, fileName.length() - ".md".length());
        if (!BundleFormat.isSafeAssetName(id) || id.contains("/")) {
            throw new ContentFileException(fileName, 0, "the file name must be letters, digits, '.', '_' or '-' "
                    + "(it becomes the item id)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ContentFileException(fileName, 0, "not UTF-8 text; save it as UTF-8");
        }
        return ContentFile.parseSource(id, text, fileName);
    }

    private void addImage(Path dir, String fileName, ContentFile.ImageRef image, Map<String, byte[]> assets)
            throws IOException, ContentFileException {
        String name = image.path().replace('\\', '/');
        if (!BundleFormat.isSafeAssetName(name)) {
            throw new ContentFileException(fileName, image.line(), "image path '" + image.path()
                    + "' must be relative, inside the content folder, of letters, digits, '.', '_', '-'");
        }
        if (assets.containsKey(name)) {
            return;
        }
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
            throw new ContentFileException(fileName, image.line(), "image '" + image.path() + "' not found in " + dir);
        }
        long size = Files.size(file);
        if (size > limits.maxAssetBytes()) {
            throw new ContentFileException(fileName, image.line(), "image '" + image.path() + "' is " + size
                    + " bytes, more than the kiosk's limit of " + limits.maxAssetBytes() + " bytes; make it smaller");
        }
        assets.put(name, Files.readAllBytes(file));
    }

    private static Manifest.ItemEntry entry(ContentFile.Source source) {
        ContentItem item = source.item();
        return new Manifest.ItemEntry(item.id(), item.category(), item.title(), item.summary(), item.bodyMarkdown(),
                item.published().toString(), item.expires().map(Object::toString).orElse(null),
                item.priority().code(), item.featured(), item.url().orElse(null), source.stations());
    }
}

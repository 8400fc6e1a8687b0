package org.xiangli.provisioning.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.content.Category;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kioskctl content search QUERY [--db PATH] [--json]}: the kiosk's own search, in rank order. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the kiosk's content as its search screen does (characters or pinyin initials).")
final class SearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUERY")
    String query;

    @Option(names = "--db", paramLabel = "PATH", description = "Kiosk database (default: the configured one).")
    Path db;

    @Option(names = "--json", description = "An array of objects with title and category.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50")
    int limit;

    @Option(names = "--config", paramLabel = "FILE", description = "Kiosk config (default: as the kiosk finds it).")
    Path config;

    @Override
    public Integer call() {
        KioskTarget target;
        try {
            target = KioskTarget.existing(config, db);
        } catch (ConfigException | IOException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        // Bytes, not the platform charset: a technician's terminal may be set to C, the titles are Chinese.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Database database = Database.open(target.database())) {
            ContentLibrary library = new ContentLibrary(new ContentRepository(database),
                    Clock.system(target.config().station().timeZone()));
            List<ContentItem> hits = library.search(query, limit);
            Map<String, String> categoryNames = new LinkedHashMap<>();
            for (Category c : library.categories()) {
                categoryNames.put(c.code(), c.nameZh());
            }
            if (json) {
                List<Map<String, Object>> rows = hits.stream().map(item -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("title", item.title());
                    row.put("category", categoryNames.getOrDefault(item.category(), item.category()));
                    row.put("id", item.id());
                    row.put("published", item.published().toString());
                    return row;
                }).toList();
                out.println(new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
            } else {
                for (ContentItem item : hits) {
                    out.println(item.title() + "  [" + categoryNames.getOrDefault(item.category(), item.category())
                            + "]  " + item.published() + "  " + item.id());
                }
                out.println(hits.size() + " found");
            }
            out.flush();
            return 0;
        } catch (IOException e) {
            System.err.println("cannot write the result: " + e.getMessage());
            return 1;
        }
    }
}

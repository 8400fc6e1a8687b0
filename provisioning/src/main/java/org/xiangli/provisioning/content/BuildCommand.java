package org.xiangli.provisioning.content;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.content.ContentFileException;
import org.xiangli.kiosk.content.bundle.BundleBuilder;
import org.xiangli.kiosk.content.bundle.BundleLimits;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kioskctl content build DIR -o FILE --key KEYFILE [--sequence N] [--delta] [--withdraw ID]...}. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build a signed bundle from DIR: one Markdown file per item, images by relative path.")
final class BuildCommand implements Callable<Integer> {

    private final Clock clock = Clock.systemUTC();

    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--key", required = true, paramLabel = "KEYFILE", description = "publisher.key")
    Path key;

    @Option(names = "--sequence", paramLabel = "N",
            description = "Bundle sequence; kiosks refuse one not above the last applied (default: seconds since 1970).")
    Long sequence;

    @Option(names = "--delta", description = "Add/update only these items instead of replacing all content.")
    boolean delta;

    @Option(names = "--withdraw", paramLabel = "ID", description = "Item id to withdraw (delta bundles; repeatable).")
    List<String> withdraw = new ArrayList<>();

    @Option(names = "--station", paramLabel = "CODE",
            description = "Station code the bundle is for (repeatable; default: every station).")
    List<String> stations = new ArrayList<>();

    @Override
    public Integer call() {
        if (!withdraw.isEmpty() && !delta) {
            System.err.println("--withdraw needs --delta: a full bundle already drops every item it does not hold");
            return 2;
        }
        if (sequence != null && sequence <= 0) {
            System.err.println("--sequence must be a positive number, got " + sequence);
            return 2;
        }
        Instant now = clock.instant();
        try {
            PublisherKeyFiles.Signer signer = PublisherKeyFiles.readPrivate(key);
            BundleBuilder.Result result = new BundleBuilder(BundleLimits.DEFAULT).build(dir, signer,
                    new BundleBuilder.Options(sequence != null ? sequence : now.getEpochSecond(), delta, withdraw,
                            stations.isEmpty() ? List.of("*") : stations, now), out);
            System.out.println("built " + out + ": " + result.manifest().items().size() + " items, "
                    + result.manifest().assets().size() + " images, " + result.manifest().kind() + ", sequence "
                    + result.manifest().sequence() + ", publisher " + signer.publicKey().id() + ", "
                    + result.bytes() + " bytes");
            return 0;
        } catch (ContentFileException e) {
            // One line per problem, each with its file and line: all of them at once, nothing written.
            for (ContentFileException p : e.problems()) {
                System.err.println("content error: " + p.getMessage());
            }
            System.err.println(e.problems().size() + " problem(s), no bundle written / 共 " + e.problems().size()
                    + " 处错误，未生成内容包");
            return 1;
        } catch (IOException e) {
            System.err.println("cannot build: " + e.getMessage());
            return 1;
        }
    }
}

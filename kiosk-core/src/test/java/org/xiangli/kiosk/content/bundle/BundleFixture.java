package org.xiangli.kiosk.content.bundle;

import org.xiangli.kiosk.keys.PublisherKeyFiles;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;

/** Publisher-side test material: a key pair, a content folder with a table and an image, bundles built from it. */
public final class BundleFixture {

    public static final Instant CREATED = Instant.parse("2026-11-20T08:00:00Z");

    private BundleFixture() {
    }

    public static PublisherKeyFiles.Signer signer(Path dir) throws IOException {
        PublisherKeyFiles.generate(dir);
        return PublisherKeyFiles.readPrivate(dir.resolve(PublisherKeyFiles.PRIVATE_FILE));
    }

    /** Three items: an urgent notice, a finance table with a chart image, a pension policy. */
    public static Path contentDir(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/chart.png"), png(480, 270));
        Files.writeString(dir.resolve("water-stop.md"), """
                ---
                title: 明天上午停水通知
                category: 通知公告
                published: 2026-11-18
                expires: 2026-12-31
                priority: urgent
                summary: 因管道检修，11 月 25 日 8:00-12:00 全村停水。
                ---
                因自来水管道检修，11 月 25 日上午 8 点至 12 点全村停水，请提前储水。
                """);
        Files.writeString(dir.resolve("finance-q3.md"), """
                ---
                title: 柳湾村第三季度财务公开
                category: 村务公开
                published: 2026-10-15
                featured: true
                priority: pinned
                url: https://example.org/liuwan/finance-q3
                ---
                # 收支情况

                | 项目 | 收入（元） | 支出（元） | 说明 | 经办人 | 日期 | 凭证号 |
                |---|---|---|---|---|---|---|
                | 集体土地租金 | 96,000.00 | 0 | 村东流转土地 | 王会计 | 2026-07-05 | 0701 |
                | 道路维修 | 0 | 42,300.00 | 村西水泥路 | 李主任 | 2026-08-12 | 0812 |
                | 光伏收益 | 38,400.00 | 0 | 屋顶光伏 | 王会计 | 2026-09-30 | 0930 |

                ![季度收支对比图](images/chart.png)

                欢迎村民监督。
                """);
        Files.writeString(dir.resolve("pension.md"), """
                ---
                title: 城乡居民养老保险缴费档次说明
                category: 惠农政策
                published: 2026-08-05
                summary: 今年的缴费档次和政府补贴标准。
                ---
                城乡居民养老保险按年缴费，多缴多得。政府按档次给予缴费补贴。
                """);
        return dir;
    }

    public static Path build(Path contentDir, PublisherKeyFiles.Signer signer, long sequence, Path out)
            throws Exception {
        new BundleBuilder(BundleLimits.DEFAULT).build(contentDir, signer,
                new BundleBuilder.Options(sequence, false, List.of(), List.of("*"), CREATED), out);
        return out;
    }

    static byte[] png(int w, int h) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x0b57a4));
        g.fillRect(40, 60, 120, 200);
        g.setColor(new Color(0xa4161a));
        g.fillRect(200, 120, 120, 140);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

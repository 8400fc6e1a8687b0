package org.xiangli.kiosk.content;

import java.util.List;
import java.util.Locale;

/** A publicity category (栏目), named in both languages. */
public record Category(String code, String nameZh, String nameEn, int sortOrder) {

    /** The default categories of PRODUCT.md; a county can configure its own through content bundles. */
    public static final List<Category> DEFAULTS = List.of(
            new Category("notices", "通知公告", "Notices", 1),
            new Category("policies", "惠农政策", "Farm-support policies", 2),
            new Category("affairs", "村务公开", "Village affairs disclosure", 3),
            new Category("laws", "涉农法规", "Rural laws and regulations", 4),
            new Category("farming", "务农技术", "Farming techniques", 5),
            new Category("culture", "科普文化", "Science and culture", 6));

    public String name(Locale locale) {
        return locale.getLanguage().equals("zh") ? nameZh : nameEn;
    }

    /** Finds a default category by its Chinese name or code, as written in a content file's front matter. */
    public static Category byNameOrCode(String value) {
        for (Category c : DEFAULTS) {
            if (c.code.equals(value) || c.nameZh.equals(value)) {
                return c;
            }
        }
        return null;
    }
}

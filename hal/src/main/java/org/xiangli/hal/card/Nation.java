package org.xiangli.hal.card;

import java.util.List;

/**
 * An ethnic group by its GB/T 3304 code, named as the card prints it (汉, 蒙古 … without 族). Codes 97 and 98 are
 * 其他 and 外国血统中国籍人士; any other code reads as 未知 with its number kept.
 */
public record Nation(int code, String name) {

    private static final List<String> NAMES = List.of(
            "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜",
            "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳",
            "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
            "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
            "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔",
            "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺");

    public static Nation of(int code) {
        if (code >= 1 && code <= NAMES.size()) {
            return new Nation(code, NAMES.get(code - 1));
        }
        return switch (code) {
            case 97 -> new Nation(97, "其他");
            case 98 -> new Nation(98, "外国血统中国籍人士");
            default -> new Nation(code, "未知");
        };
    }

    /** The two-digit code as stored on the card. */
    public String codeText() {
        return String.format("%02d", code);
    }
}

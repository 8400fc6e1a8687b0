package org.xiangli.hal.card;

import static java.time.format.DateTimeFormatter.BASIC_ISO_DATE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Fictional people for demo mode, technician training and tests. Every name, address and number is invented
 * (青石县 and its villages do not exist); the ID numbers carry valid check characters so they pass every check a
 * real card would. Other features (payments lookup, queue priority) may reuse these as their demo residents.
 */
public final class DemoIdentities {

    private static final String ISSUER = "青石县公安局";

    /** Born 1942: gets the elderly priority (绿色通道); long-term card (长期). */
    public static final IdentityCard WANG_XIUYING = card("王秀英", Sex.FEMALE, 1, "19420315",
            "青石县青石镇青石村三组12号", "36012319420315002", "20080601", null);

    /** A working-age man with a card valid until 2036. */
    public static final IdentityCard LI_JIANGUO = card("李建国", Sex.MALE, 1, "19680802",
            "青石县青石镇青石村五组8号", "36012319680802003", "20160510", "20360510");

    /** Her card expired in 2020: screens must say so instead of accepting it. */
    public static final IdentityCard ZHANG_XIAOMEI = card("张小梅", Sex.FEMALE, 1, "19901123",
            "青石县柳溪乡柳溪村二组3号", "36012319901123004", "20100105", "20200105");

    /** A four-character name and a nation other than 汉, to exercise layout and the nation table. */
    public static final IdentityCard OUYANG_CHUNSHENG = card("欧阳春生", Sex.MALE, 6, "19850417",
            "青石县石桥乡石桥村一组21号", "36012319850417005", "20190920", "20390920");

    public static final List<IdentityCard> ALL = List.of(WANG_XIUYING, LI_JIANGUO, ZHANG_XIAOMEI, OUYANG_CHUNSHENG);

    private DemoIdentities() {
    }

    /** The day {@link #plausible} cards were issued, unless the holder was born later. */
    static final LocalDate PLAUSIBLE_ISSUE = LocalDate.of(2020, 1, 1);

    /**
     * A card a scenario script or a trainer makes up for {@code number} and {@code name}: birth date and sex from
     * the number, 汉族, an address in the fictional 青石村, issued by 青石县公安局 on {@link #PLAUSIBLE_ISSUE} (or the
     * birth date, if later) and valid for as long as GB rules give the holder's age then: 5 years under 16, 10 under
     * 26, 20 under 46, long-term (长期) from 46.
     */
    public static IdentityCard plausible(CitizenIdNumber number, String name) {
        LocalDate born = number.birthDate();
        LocalDate issued = born.isAfter(PLAUSIBLE_ISSUE) ? born : PLAUSIBLE_ISSUE;
        int age = java.time.Period.between(born, issued).getYears();
        Optional<LocalDate> until = age >= 46 ? Optional.empty()
                : Optional.of(issued.plusYears(age < 16 ? 5 : age < 26 ? 10 : 20));
        return new IdentityCard(name, number.isMale() ? Sex.MALE : Sex.FEMALE, Nation.of(1), born,
                "青石县青石镇青石村一组1号", number, ISSUER, issued, until);
    }

    private static IdentityCard card(String name, Sex sex, int nation, String birth, String address,
            String first17, String from, String until) {
        CitizenIdNumber id = new CitizenIdNumber(first17 + CitizenIdNumber.checkCharacter(first17));
        return new IdentityCard(name, sex, Nation.of(nation), LocalDate.parse(birth, BASIC_ISO_DATE),
                address, id, ISSUER, LocalDate.parse(from, BASIC_ISO_DATE),
                Optional.ofNullable(until).map(u -> LocalDate.parse(u, BASIC_ISO_DATE)));
    }
}

package org.xiangli.kiosk.fleet;

import java.util.List;

/**
 * A command from the county hub to one kiosk, as signed: the JSON of this record is the signed body of a
 * {@link SignedCommand}. Times are ISO-8601 instants.
 *
 * @param id       unique; a kiosk obeys an id once
 * @param station  the one kiosk it is for; any other kiosk refuses it
 * @param verb     see {@link Verb}
 * @param issued   when the hub signed it
 * @param expires  after this the kiosk refuses it (at most {@link CommandVerifier#MAX_LIFETIME} after issue)
 */
public record Command(String id, String county, String station, String verb, List<String> args, String issued,
                      String expires) {

    public Command {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** What a kiosk can be told to do. */
    public enum Verb {
        /** Poll the content feed now. */
        SYNC_NOW("sync-now", 0, 0),
        /** Show an urgent banner: TEXT, UNTIL (ISO instant or local yyyy-MM-ddTHH:mm). */
        NOTICE("notice", 2, 2),
        /** Send a PNG of the screen in the reply. */
        SCREENSHOT("screenshot", 0, 0),
        /** Check every device and answer their states. */
        SELFTEST("selftest", 0, 0),
        /** Exit, for systemd to start the kiosk again. */
        RESTART("restart", 0, 0),
        /** Set a remote-settable config key: KEY VALUE. */
        CONFIG_SET("config-set", 2, 2);

        private final String word;
        private final int minArgs;
        private final int maxArgs;

        Verb(String word, int minArgs, int maxArgs) {
            this.word = word;
            this.minArgs = minArgs;
            this.maxArgs = maxArgs;
        }

        public String word() {
            return word;
        }

        public boolean takes(int args) {
            return args >= minArgs && args <= maxArgs;
        }

        public static java.util.Optional<Verb> of(String word) {
            for (Verb v : values()) {
                if (v.word.equals(word)) {
                    return java.util.Optional.of(v);
                }
            }
            return java.util.Optional.empty();
        }
    }
}

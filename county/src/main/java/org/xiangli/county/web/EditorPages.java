package org.xiangli.county.web;

import java.util.List;

/** The models of the publishing pages (items, editor, preview, reach), records the templates only print. */
public final class EditorPages {

    private EditorPages() {
    }

    public record ItemLine(String id, String title, String category, String status, String target, String author,
                           String updated, boolean urgent, boolean needsReview) {
    }

    public record Items(Pages.Chrome chrome, List<ItemLine> items, boolean canWrite, String scope, String flash) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    public record HistoryLine(String at, String user, String action, String detail) {
    }

    /** The editor's form: the fields as typed (or as stored), what may be done with the item now, and a preview. */
    public record Editor(Pages.Chrome chrome, String id, String title, List<Option> categories, String summary,
                         String body, String published, String expires, List<Option> priorities,
                         List<Option> targetKinds, String targetNames, String status, boolean needsReview,
                         boolean canWrite, boolean canSubmit, boolean canApprove, boolean canPublish,
                         boolean canWithdraw, String scope, List<String> stationHints, String previewTitle,
                         String previewBody, boolean urgent, boolean large, List<HistoryLine> history,
                         String error, String flash) {

        public boolean saved() {
            return id != null;
        }

        public String action() {
            return id == null ? "/items" : "/items/" + id;
        }

        public String largeLink() {
            return (id == null ? "/items/new" : "/items/" + id) + (large ? "" : "?large=1");
        }
    }

    public record ReachLine(String station, String township, String village, String online, String state,
                            boolean applied, long opens) {
        public String rowClass() {
            return applied ? "ok" : "offline";
        }
    }

    public record Reach(Pages.Chrome chrome, String id, String title, String status, String target, int applied,
                        int pending, long opens, List<ReachLine> lines) {
    }
}

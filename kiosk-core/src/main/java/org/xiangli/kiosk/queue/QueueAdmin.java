package org.xiangli.kiosk.queue;

import java.lang.System.Logger.Level;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The admin's changes to services, windows and queue rules: each is checked first (nothing is saved when a rule is
 * broken, see {@link InvalidInput}), then stored, then the queue and its listeners are told, so the kiosk's ticket
 * screen, the consoles and the displays follow without a restart.
 */
public final class QueueAdmin {

    private static final System.Logger LOG = System.getLogger(QueueAdmin.class.getName());
    public static final int MAX_WINDOW = 99;
    static final int MAX_NAME = 20;
    static final int MAX_LINES = 20;
    static final int MAX_LINE = 100;

    private final ServiceGuideRepository guide;
    private final ServiceWindowRepository windows;
    private final QueueSettingsRepository settings;
    private final QueueService queue;

    public QueueAdmin(ServiceGuideRepository guide, ServiceWindowRepository windows, QueueSettingsRepository settings,
                      QueueService queue) {
        this.guide = guide;
        this.windows = windows;
        this.settings = settings;
        this.queue = queue;
    }

    public List<ServiceEntry> services() {
        return guide.entries();
    }

    public Optional<ServiceEntry> service(char letter) {
        return guide.entries().stream().filter(e -> e.item().letter() == letter).findFirst();
    }

    /** Adds ({@code adding}) or updates a service; the letter of an existing service never changes. */
    public void saveService(ServiceEntry entry, boolean adding) {
        ServiceItem s = entry.item();
        boolean exists = service(s.letter()).isPresent();
        if (adding && exists) {
            throw new InvalidInput("web.admin.error.letterTaken", "service letter " + s.letter() + " is taken",
                    String.valueOf(s.letter()));
        }
        if (!adding && !exists) {
            throw new InvalidInput("web.admin.error.noService", "no service " + s.letter(), String.valueOf(s.letter()));
        }
        text(s.name(), MAX_NAME, "web.admin.error.name");
        text(s.fees(), MAX_LINE, "web.admin.error.fees");
        text(s.timeLimit(), MAX_LINE, "web.admin.error.timeLimit");
        lines(s.documents(), "web.admin.error.documents");
        lines(s.steps(), "web.admin.error.steps");
        if (s.windows().isEmpty() || s.windows().stream().anyMatch(w -> w < 1 || w > MAX_WINDOW)) {
            throw new InvalidInput("web.admin.error.windows", "a service needs windows 1-" + MAX_WINDOW, MAX_WINDOW);
        }
        guide.save(entry);
        LOG.log(Level.INFO, "service {0} {1} ({2})", s.letter(), adding ? "added" : "changed",
                entry.disabled() ? "disabled" : "offered");
        queue.servicesChanged();
    }

    /** Every window a service names or an admin added, in order. */
    public List<ServiceWindow> windows() {
        Map<Integer, ServiceWindowRepository.Settings> stored = windows.all();
        List<ServiceEntry> services = guide.entries();
        TreeSet<Integer> numbers = new TreeSet<>(stored.keySet());
        services.forEach(e -> numbers.addAll(e.item().windows()));
        List<ServiceWindow> out = new ArrayList<>();
        for (int n : numbers) {
            ServiceWindowRepository.Settings s = stored.getOrDefault(n, new ServiceWindowRepository.Settings("",
                    false));
            out.add(new ServiceWindow(n, s.name(), s.disabled(), services.stream()
                    .filter(e -> e.item().windows().contains(n)).map(e -> e.item().letter()).toList()));
        }
        return out;
    }

    public void addWindow(int number, String name) {
        if (number < 1 || number > MAX_WINDOW) {
            throw new InvalidInput("web.admin.error.windowNumber", "window numbers are 1-" + MAX_WINDOW, MAX_WINDOW);
        }
        if (windows().stream().anyMatch(w -> w.number() == number)) {
            throw new InvalidInput("web.admin.error.windowTaken", "window " + number + " exists", number);
        }
        windowName(name);
        windows.save(number, new ServiceWindowRepository.Settings(name.strip(), false));
        queue.servicesChanged();
    }

    /**
     * Renames, disables or re-enables a window and sets the services it serves. Refused when an offered service
     * would be left with no open window (its villagers would wait for nobody).
     */
    public void updateWindow(int number, String name, boolean disabled, Set<Character> services) {
        if (windows().stream().noneMatch(w -> w.number() == number)) {
            throw new InvalidInput("web.admin.error.noWindow", "no window " + number, number);
        }
        windowName(name);
        List<ServiceEntry> entries = guide.entries();
        for (char letter : services) {
            if (entries.stream().noneMatch(e -> e.item().letter() == letter)) {
                throw new InvalidInput("web.admin.error.noService", "no service " + letter, String.valueOf(letter));
            }
        }
        Set<Integer> closed = new TreeSet<>();
        windows.all().forEach((n, s) -> {
            if (s.disabled()) {
                closed.add(n);
            }
        });
        if (disabled) {
            closed.add(number);
        } else {
            closed.remove(number);
        }
        for (ServiceEntry e : entries) {
            List<Integer> after = new ArrayList<>(e.item().windows());
            after.remove(Integer.valueOf(number));
            if (services.contains(e.item().letter())) {
                after.add(number);
            }
            if (!e.disabled() && after.stream().allMatch(closed::contains)) {
                throw new InvalidInput("web.admin.error.serviceWithoutWindow", "service " + e.item().letter()
                        + " would have no open window", e.item().letter() + " " + e.item().name());
            }
        }
        windows.save(number, new ServiceWindowRepository.Settings(name.strip(), disabled));
        guide.setWindowServices(number, services);
        LOG.log(Level.INFO, "window {0}: {1}, services {2}", number, disabled ? "disabled" : "open", services);
        queue.servicesChanged();
    }

    /** Deletes a service (kioskctl services remove); tickets already issued for it are still called. */
    public void removeService(char letter) {
        if (service(letter).isEmpty()) {
            throw new InvalidInput("web.admin.error.noService", "no service " + letter, String.valueOf(letter));
        }
        guide.delete(letter);
        LOG.log(Level.INFO, "service {0} removed", letter);
        queue.servicesChanged();
    }

    /** Gives a window a new name, keeping what it serves and whether it is open. */
    public void renameWindow(int number, String name) {
        ServiceWindow w = windows().stream().filter(x -> x.number() == number).findFirst().orElseThrow(
                () -> new InvalidInput("web.admin.error.noWindow", "no window " + number, number));
        updateWindow(number, name, w.disabled(), new TreeSet<>(w.services()));
    }

    /**
     * Deletes a window: no service names it any more. Refused, as {@link #updateWindow} refuses, when an offered
     * service would be left with no open window.
     */
    public void removeWindow(int number) {
        updateWindow(number, "", true, java.util.Set.of());
        windows.delete(number);
        queue.servicesChanged();
    }

    public QueueRules rules() {
        return queue.policy().rules();
    }

    /** Stores the rules and applies them from the next ticket on. */
    public void setRules(QueueRules rules) {
        if (rules.priorityAge() < QueueRules.MIN_PRIORITY_AGE || rules.priorityAge() > QueueRules.MAX_PRIORITY_AGE) {
            throw new InvalidInput("web.admin.error.priorityAge", "priority age must be "
                    + QueueRules.MIN_PRIORITY_AGE + "-" + QueueRules.MAX_PRIORITY_AGE, QueueRules.MIN_PRIORITY_AGE,
                    QueueRules.MAX_PRIORITY_AGE);
        }
        if (rules.resetAt().isAfter(QueuePolicy.LATEST_RESET)) {
            throw new InvalidInput("web.admin.error.resetAt", "the daily reset must be 00:00-"
                    + QueuePolicy.LATEST_RESET, QueuePolicy.LATEST_RESET.toString());
        }
        settings.save(rules);
        queue.useRules(rules);
    }

    /** Loads the rules an admin stored over the config's, at startup. */
    public void applyStoredRules() {
        queue.useRules(settings.load(rules()));
    }

    private static void text(String value, int max, String key) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new InvalidInput(key, key + ": 1-" + max + " characters", max);
        }
    }

    private static void lines(List<String> lines, String key) {
        if (lines.size() > MAX_LINES || lines.stream().anyMatch(l -> l.isBlank() || l.length() > MAX_LINE)) {
            throw new InvalidInput(key, key + ": at most " + MAX_LINES + " lines of " + MAX_LINE + " characters",
                    MAX_LINES, MAX_LINE);
        }
    }

    private static void windowName(String name) {
        if (name == null || name.strip().length() > MAX_NAME) {
            throw new InvalidInput("web.admin.error.windowName", "window names have at most " + MAX_NAME
                    + " characters", MAX_NAME);
        }
    }

    /** Parses "HH:MM" for the reset time; a clear error otherwise. */
    public static LocalTime parseTime(String text) {
        if (text == null || !text.strip().matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
            throw new InvalidInput("web.admin.error.resetAt", "the daily reset must be HH:MM, 00:00-"
                    + QueuePolicy.LATEST_RESET, QueuePolicy.LATEST_RESET.toString());
        }
        return LocalTime.parse(text.strip());
    }
}

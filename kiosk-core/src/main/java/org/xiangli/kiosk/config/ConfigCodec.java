package org.xiangli.kiosk.config;

import java.util.Objects;
import java.util.function.Function;

/**
 * How one key's value is read from TOML, written back as TOML, and described to a technician. The description
 * ({@link #expected()}) is the same text the error message, {@code kioskctl config example} and the README show.
 *
 * @param <T> the value's type in {@link KioskConfig}
 */
public interface ConfigCodec<T> {

    /** What a valid value looks like, e.g. {@code an integer 10-600}. */
    String expected();

    /**
     * Reads a value as {@link org.xiangli.kiosk.toml.Toml} gives it ({@code String}, {@code Long},
     * {@code Boolean}, {@code TomlArray}, {@code TomlTable}).
     *
     * @throws InvalidValue saying what was expected
     */
    T decode(Object raw) throws InvalidValue;

    /** The value as TOML, such that {@link #decode} reads it back equal. */
    String toToml(T value);

    /** The same TOML form read into another type, e.g. an integer of seconds into a {@code Duration}. */
    default <U> ConfigCodec<U> map(Function<T, U> read, Function<U, T> write) {
        return new Mapped<>(this, read, write);
    }

    /** A value a codec refused; the message is what the problem report prints after the key and value. */
    final class InvalidValue extends Exception {

        private final transient Object shown;

        /** The whole value was wrong. */
        public InvalidValue(String message) {
            this(message, null);
        }

        /** One part of it was wrong ({@code shown}: a list element, a table entry), so the report points at it. */
        public InvalidValue(String message, Object shown) {
            // No stack trace: this is a verdict on a file, reported to a technician, never a bug to trace.
            super(message, null, false, false);
            this.shown = shown;
        }

        /** The part of the value to show instead of all of it; null to show the whole value. */
        public Object shown() {
            return shown;
        }
    }

    record Mapped<T, U>(ConfigCodec<T> base, Function<T, U> read, Function<U, T> write) implements ConfigCodec<U> {

        public Mapped {
            Objects.requireNonNull(base, "base");
        }

        @Override
        public String expected() {
            return base.expected();
        }

        @Override
        public U decode(Object raw) throws InvalidValue {
            return read.apply(base.decode(raw));
        }

        @Override
        public String toToml(U value) {
            return base.toToml(write.apply(value));
        }
    }
}

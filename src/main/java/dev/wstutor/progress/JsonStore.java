package dev.wstutor.progress;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One JSON file of state (progress, quiz history), read whole and written atomically.
 * A file that cannot be read is never lost: it is moved aside as a backup, one line says so,
 * and the program goes on with a fresh value.
 */
public final class JsonStore<T> {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Class<T> type;
    private final Supplier<T> fresh;
    private final Consumer<String> warnings;
    private final Clock clock;

    public JsonStore(Path file, Class<T> type, Supplier<T> fresh, Consumer<String> warnings, Clock clock) {
        this.file = file;
        this.type = type;
        this.fresh = fresh;
        this.warnings = warnings;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    public T load() {
        if (!Files.exists(file)) {
            return fresh.get();
        }
        try {
            T value = MAPPER.readValue(file.toFile(), type);
            return value == null ? fresh.get() : value;
        } catch (IOException e) {
            Path backup = file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
            try {
                Files.move(file, backup, StandardCopyOption.REPLACE_EXISTING);
                warnings.accept(file + " could not be read (" + firstLine(e) + "); kept it as " + backup
                        + " and started afresh");
            } catch (IOException moveFailed) {
                warnings.accept(file + " could not be read (" + firstLine(e) + ") nor moved aside; "
                        + "progress will not be saved until it is fixed or removed");
                throw new IllegalStateException("unreadable state file " + file, moveFailed);
            }
            return fresh.get();
        }
    }

    public void save(T value) throws IOException {
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(value));
    }

    private static String firstLine(IOException e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = msg.indexOf('\n');
        return nl < 0 ? msg : msg.substring(0, nl);
    }
}

package dev.stride.analytics.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.analytics.events.CloudEventReader.MalformedEventException;
import java.util.List;
import java.util.function.Function;

/** Reads an event's data into a consumer's own record and checks it, or says why it cannot be used. */
final class EventData {

    private EventData() {
    }

    static <T> T read(ObjectMapper json, CloudEvent event, Class<T> type, Function<T, List<String>> problems)
            throws MalformedEventException {
        if (event.data() == null) {
            throw new MalformedEventException(event.type() + " has no data");
        }
        T data;
        try {
            data = json.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException(event.type() + " data does not fit: " + e.getOriginalMessage());
        }
        List<String> found = problems.apply(data);
        if (!found.isEmpty()) {
            throw new MalformedEventException(event.type() + ": " + String.join("; ", found));
        }
        return data;
    }
}

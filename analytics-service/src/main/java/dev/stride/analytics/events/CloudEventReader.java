package dev.stride.analytics.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Reads one Kafka record as a {@link CloudEvent}, or says exactly why it cannot. A record without a value (a tombstone
 * on a compacted topic) is read with null data; whether that is valid is the topic's call.
 */
@ApplicationScoped
public class CloudEventReader {

    private final ObjectMapper json;

    CloudEventReader(ObjectMapper json) {
        this.json = json;
    }

    CloudEvent read(ConsumerRecord<String, String> record) throws MalformedEventException {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        String tenant = header(record, "ce_tenantid");
        String time = header(record, "ce_time");
        Header subjectHeader = record.headers().lastHeader("ce_subject");
        String subject = subjectHeader == null || subjectHeader.value() == null ? null
                : new String(subjectHeader.value(), StandardCharsets.UTF_8);
        try {
            if (record.value() == null) {
                return new CloudEvent(UUID.fromString(id), type, tenant, subject, instant(time), null);
            }
            JsonNode data = json.readTree(record.value());
            if (data == null || !data.isObject()) {
                throw new MalformedEventException("the data is not a JSON object");
            }
            return new CloudEvent(UUID.fromString(id), type, tenant, subject, instant(time), data);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("the data is not JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("ce_id is not a UUID: " + id);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("ce_time is not an RFC 3339 timestamp: " + time);
        }
    }

    private static Instant instant(String time) {
        return OffsetDateTime.parse(time).toInstant();
    }

    private static String header(ConsumerRecord<String, String> record, String name) throws MalformedEventException {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null || header.value().length == 0) {
            throw new MalformedEventException("the " + name + " header is missing");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Why a record is not a valid Stride CloudEvent; such records go to the topic's dead-letter queue. */
    public static final class MalformedEventException extends Exception {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}

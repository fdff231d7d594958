package dev.stride.analytics.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** One consumed record, its CloudEvent and the consumer's reading of its data. */
record Change<T>(ConsumerRecord<String, String> record, CloudEvent event, T data) {
}

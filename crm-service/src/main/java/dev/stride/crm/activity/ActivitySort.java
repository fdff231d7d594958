package dev.stride.crm.activity;

import dev.stride.crm.platform.SortKey;
import java.time.Instant;
import java.util.UUID;

/** The orders an activity list can take: by its time, latest first by default. */
enum ActivitySort implements SortKey<Activity> {
    AT_DESC("-at"),
    AT("at");

    private final String key;

    ActivitySort(String key) {
        this.key = key;
    }

    static ActivitySort of(String key) {
        return SortKey.named(key, values());
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String expression() {
        return "at";
    }

    @Override
    public boolean descending() {
        return key.startsWith("-");
    }

    @Override
    public Object parse(String cursorValue) {
        return Instant.parse(cursorValue);
    }

    @Override
    public String valueOf(Activity activity) {
        return activity.at.toString();
    }

    @Override
    public UUID idOf(Activity activity) {
        return activity.id;
    }
}

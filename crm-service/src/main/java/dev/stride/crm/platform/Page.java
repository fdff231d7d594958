package dev.stride.crm.platform;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: the items, how many match the filters in all, and the cursor of the next page (absent on the
 * last page). A list never stops short silently: follow {@code nextCursor} until it is absent.
 */
@Schema(requiredProperties = { "items", "total" })
public record Page<T>(List<T> items, long total,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page", nullable = true)
        String nextCursor) {
}

package dev.stride.analytics.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: the body of every error this service returns, as {@code application/problem+json}.
 *
 * @param errors one entry per offending field, present only on validation problems
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail returned for every error",
        requiredProperties = { "type", "title", "status" })
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: the field (a JSON path such as {@code amount} or a query parameter name) and why. */
    public record FieldError(String field, String message) {
    }
}

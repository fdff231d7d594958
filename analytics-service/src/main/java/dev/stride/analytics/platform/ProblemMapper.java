package dev.stride.analytics.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become HTTP answers: every error leaves this service as {@code application/problem+json}
 * with a detail a person can act on, and never with a stack trace.
 */
class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    Response domain(ProblemException e, UriInfo uri) {
        return respond(new Problem(typeFor(e.status()), e.title(), e.status(), e.getMessage(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = "The request is invalid: " + errors.stream()
                .map(err -> err.field() + " " + err.message())
                .collect(Collectors.joining("; ")) + ".";
        return respond(new Problem(typeFor(400), "Bad Request", 400, detail, path(uri), errors));
    }

    /** Listed explicitly so these win over Quarkus' built-in mappers for the more specific Jackson types. */
    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class,
            InvalidFormatException.class })
    Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String detail;
        if (e instanceof JsonParseException) {
            detail = "The request body is not valid JSON (" + e.getOriginalMessage() + ").";
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            String message = e instanceof UnrecognizedPropertyException ? "is not a known field"
                    : e instanceof InvalidFormatException format ? "cannot be read from " + quoted(format.getValue())
                    : "has the wrong type";
            errors.add(new Problem.FieldError(field, message));
            detail = "The request is invalid: " + field + " " + message + ".";
        } else {
            detail = "The request body could not be read as the expected JSON object.";
        }
        return respond(new Problem(typeFor(400), "Bad Request", 400, detail, path(uri), errors));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(new Problem(typeFor(401), "Unauthorized", 401,
                "A valid bearer token from Stride's identity provider is required.", path(uri), List.of())))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage()
                : "Your role does not allow this operation.";
        return respond(new Problem(typeFor(403), "Forbidden", 403, detail, path(uri), List.of()));
    }

    /** Two requests changed the same record at once; the loser may simply try again. */
    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    Response concurrentChange(UriInfo uri) {
        return respond(new Problem(typeFor(409), "Conflict", 409,
                "Someone else changed this record at the same moment; reload it and try again.", path(uri), List.of()));
    }

    @ServerExceptionMapper
    Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "HTTP " + status;
        String detail = switch (status) {
            case 404 -> "There is nothing at " + path(uri) + ".";
            case 405 -> "This resource does not accept that HTTP method.";
            case 406 -> "This resource cannot answer in any of the media types the request accepts.";
            case 415 -> "This resource expects a JSON body (Content-Type: application/json).";
            default -> e.getMessage();
        };
        return respond(new Problem(typeFor(status), title, status, detail, path(uri), List.of()));
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, UriInfo uri) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", reference, path(uri));
        return respond(new Problem(typeFor(500), "Internal Server Error", 500,
                "Something went wrong on our side; nothing was changed. Quote reference " + reference
                        + " when you report it.",
                path(uri), List.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String typeFor(int status) {
        return "https://stride.dev/problems/" + status;
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }

    /** The offending field as the client named it: the body property path, or the query/path parameter's name. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.isInIterable() && !names.isEmpty()) {
                // the element's position belongs to the collection before it: stages[0].name, reasons[2]
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                names.add(names.removeLast() + "[" + position + "]");
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                names.add(node.getName());
            }
        }
        if (names.size() > 1) {
            names.removeFirst();
        }
        return String.join(".", names);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}

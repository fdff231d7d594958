package dev.stride.analytics.platform;

import java.util.List;

/**
 * A domain failure that maps to one problem response. Services throw the subclasses; {@link ProblemMapper} renders
 * them.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    protected ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    List<Problem.FieldError> errors() {
        return errors;
    }

    /** 404: the record does not exist for the caller's tenant (another tenant's record looks exactly the same). */
    public static final class NotFound extends ProblemException {
        public NotFound(String what, Object id) {
            super(404, "Not Found", what + " " + id + " does not exist.", List.of());
        }
    }

    /** 409: the request is valid but the record's current state does not allow it. */
    public static final class Conflict extends ProblemException {
        public Conflict(String detail) {
            super(409, "Conflict", detail, List.of());
        }
    }

    /** 400: an input is well-formed but breaks a rule that bean validation cannot express. */
    public static final class InvalidField extends ProblemException {
        public InvalidField(String field, String message) {
            super(400, "Bad Request", field + ": " + message, List.of(new Problem.FieldError(field, message)));
        }
    }
}

package dev.stride.crm.platform;

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

    public List<Problem.FieldError> errors() {
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

    /** 403: the caller's role does not allow this change of this record. */
    public static final class Forbidden extends ProblemException {
        public Forbidden(String detail) {
            super(403, "Forbidden", detail, List.of());
        }
    }

    /** 412: the request's If-Match names a version that is no longer the current one. */
    public static final class PreconditionFailed extends ProblemException {
        public PreconditionFailed(String what, String expected, long current) {
            super(412, "Precondition Failed", what + " has changed since you read it (If-Match " + expected
                    + ", current version \"" + current + "\"); reload it and apply your change again.", List.of());
        }
    }

    /** 422: the request is understood but cannot be processed as sent. */
    public static final class Unprocessable extends ProblemException {
        public Unprocessable(String detail) {
            super(422, "Unprocessable Content", detail, List.of());
        }
    }

    /** 503: a system this request depends on does not answer; the request may be retried. */
    public static final class Unavailable extends ProblemException {
        public Unavailable(String detail) {
            super(503, "Service Unavailable", detail, List.of());
        }
    }

    /** 400: an input is well-formed but breaks a rule that bean validation cannot express. */
    public static final class InvalidField extends ProblemException {
        public InvalidField(String field, String message) {
            super(400, "Bad Request", field + ": " + message, List.of(new Problem.FieldError(field, message)));
        }
    }

    /** 401: a webhook delivery that cannot be verified; never says which part failed. */
    public static final class Unverified extends ProblemException {
        public Unverified() {
            super(401, "Unauthorized", "The delivery could not be verified. Check the endpoint's URL and secret, and "
                    + "that the sender's clock is right; nothing was stored.", List.of());
        }
    }

    /** 413: a request body larger than the endpoint accepts. */
    public static final class TooLarge extends ProblemException {
        public TooLarge(int maxBytes) {
            super(413, "Content Too Large", "The body is larger than the " + maxBytes + " bytes this endpoint "
                    + "accepts; nothing was stored.", List.of());
        }
    }
}

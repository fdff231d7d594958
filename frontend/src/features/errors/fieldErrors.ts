import { ApiError } from '../../api/problem';

/**
 * The messages of a 400's `errors[]` by field (as the server names it: `name`, `secret`, ...), each field's messages
 * joined; empty for any other failure, or none.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const byField: Record<string, string> = {};
  if (error instanceof ApiError) {
    for (const { field, message } of error.problem.errors ?? []) {
      byField[field] = byField[field] ? `${byField[field]}; ${message}` : message;
    }
  }
  return byField;
}

/** Whether the failure needs a message of its own: it is not only about fields the form shows next to them. */
export function hasUnplacedError(error: unknown, placed: readonly string[]): boolean {
  const fields = Object.keys(fieldErrorsOf(error));
  return error != null && (fields.length === 0 || fields.some((field) => !placed.includes(field)));
}

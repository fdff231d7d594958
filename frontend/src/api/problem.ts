/** An RFC 9457 problem as the services and the gateway send it. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}

/** A failed API call, carrying the problem the server explained it with. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }
}

/** Reads a failed response as a problem, whatever it carries (problem+json, other JSON, or nothing useful). */
export async function problemOf(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Problem>;
      return { ...body, status: body.status ?? response.status };
    } catch {
      // fall through to the status alone
    }
  }
  return { status: response.status, title: response.statusText };
}

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { ApiContext } from '../api/ApiContext';
import { createApi } from '../api/clients';
import { SessionContext } from '../auth/SessionContext';
import type { Session } from '../auth/session';

export function aSession(overrides: Partial<Session> = {}): Session {
  return {
    name: 'Sota Takahashi',
    username: 'acme-rep',
    userId: 'u-acme-rep',
    tenant: 'acme',
    roles: ['rep'],
    token: async () => 'test-token',
    login: vi.fn(async () => undefined),
    logout: vi.fn(async () => undefined),
    ...overrides,
  };
}

/**
 * Renders a screen with the real providers; the network is whatever `fetch` the test stubbed. {@code at} is the URL
 * the app is at, for screens that read route parameters (render them inside their {@code <Routes>}).
 */
export function renderWithProviders(ui: ReactElement, session: Session = aSession(), at = '/') {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <SessionContext.Provider value={session}>
      <ApiContext.Provider value={createApi(session)}>
        <QueryClientProvider client={queries}>
          <MemoryRouter initialEntries={[at]}>{ui}</MemoryRouter>
        </QueryClientProvider>
      </ApiContext.Provider>
    </SessionContext.Provider>,
  );
}

export function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

/** A stream that stays open until the test ends, delivering the given SSE text first. */
export function eventStream(...chunks: string[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      chunks.forEach((chunk) => controller.enqueue(new TextEncoder().encode(chunk)));
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}

export function urlOf(input: RequestInfo | URL): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
}

import { screen, waitFor } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { eventStream, json, renderWithProviders, urlOf } from '../../testing/render';
import { Dashboard } from './Dashboard';

const metric = (value: number | null) => ({
  metric: 'deals.won.count',
  from: '2026-11-01',
  to: '2026-12-01',
  timeZone: 'Asia/Tokyo',
  value,
});

afterEach(() => vi.unstubAllGlobals());

describe('Dashboard', () => {
  it('shows the deals won this month with their period', async () => {
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
      urlOf(input).includes('/stream') ? eventStream(': keep-alive\n\n') : json(metric(1234)),
    );

    renderWithProviders(<Dashboard />);

    expect(await screen.findByTestId('metric-deals.won.count')).toHaveTextContent('1,234');
    expect(screen.getByText(/Nov 1, 2026/)).toHaveTextContent('Nov 30, 2026');
    expect(await screen.findByRole('status')).toHaveTextContent('Live');
  });

  it('refreshes the figure when the live stream says it changed', async () => {
    let value = 7;
    let announce: (text: string) => void = () => undefined;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      if (!urlOf(input).includes('/stream')) {
        return json(metric(value));
      }
      const body = new ReadableStream<Uint8Array>({
        start: (controller) => {
          announce = (text) => controller.enqueue(new TextEncoder().encode(text));
        },
      });
      return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } });
    });

    renderWithProviders(<Dashboard />);
    expect(await screen.findByTestId('metric-deals.won.count')).toHaveTextContent('7');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Live'));

    value = 8;
    announce('event: metrics-changed\ndata: {"metrics":["deals.won.count"]}\n\n');

    await waitFor(() => expect(screen.getByTestId('metric-deals.won.count')).toHaveTextContent('8'));
  });

  it('explains a failure with the problem detail instead of a blank card', async () => {
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
      urlOf(input).includes('/stream')
        ? eventStream()
        : json({ status: 503, title: 'Service Unavailable', detail: 'Analytics is restarting.' }, 503,
            'application/problem+json'),
    );

    renderWithProviders(<Dashboard />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Analytics is restarting.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows a value-less metric as a dash, not as zero', async () => {
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
      urlOf(input).includes('/stream') ? eventStream() : json(metric(null)),
    );

    renderWithProviders(<Dashboard />);

    expect(await screen.findByTestId('metric-deals.won.count')).toHaveTextContent('—');
  });
});

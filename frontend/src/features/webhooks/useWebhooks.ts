import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { components } from '../../api/generated/crm';

export type WebhookEndpoint = components['schemas']['WebhookEndpoint'];
export type WebhookEndpointRequest = components['schemas']['WebhookEndpointRequest'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type WebhookProvider = WebhookEndpoint['provider'];
export type WebhookMapping = components['schemas']['WebhookMapping'];

export const PROVIDERS: WebhookProvider[] = ['standard', 'hubspot', 'pipedrive', 'salesforce'];

/** The providers whose secret Stride generates, and so rotates (HubSpot's is the app's; Salesforce has none). */
export const ROTATES: WebhookProvider[] = ['standard', 'pipedrive'];

/** Whether an endpoint maps its provider's names to Stride's: Standard Webhooks senders use Stride's own. */
export const hasMapping = (provider: WebhookProvider) => provider !== 'standard';

/** What a provider's deal stage can become: a stage of an open deal, or won or lost. */
export const DEAL_OUTCOMES = ['OPEN', 'WON', 'LOST'] as const;

/** What a provider's lead status can become (a lead is converted in Stride, never by a provider). */
export const MAPPED_LEAD_STATUSES = ['NEW', 'CONTACTED', 'QUALIFIED', 'DISQUALIFIED'] as const;

export const DELIVERIES_SHOWN = 50;

export const endpointsKey = ['webhook-endpoints'] as const;
/** Everything read about one endpoint: its deliveries and its mapping. */
export const endpointKey = (id: string) => ['webhook-endpoints', id] as const;
export const deliveriesKey = (id: string) => ['webhook-endpoints', id, 'deliveries'] as const;
export const mappingKey = (id: string) => ['webhook-endpoints', id, 'mapping'] as const;

/** The URL to give the sender: the gateway's address (this page's origin) and the endpoint's path. */
export const urlOf = (endpoint: Pick<WebhookEndpoint, 'path'>) => `${window.location.origin}${endpoint.path}`;

/** The tenant's webhook endpoints, by name, without secrets (admins only: `enabled` is false for anyone else). */
export function useWebhookEndpoints(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: endpointsKey,
    queryFn: async () => (await api.crm.GET('/api/crm/webhooks/endpoints')).data as WebhookEndpoint[],
    enabled,
  });
}

/** An endpoint's latest deliveries, newest first. */
export function useWebhookDeliveries(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: deliveriesKey(id),
    queryFn: async () =>
      (
        await api.crm.GET('/api/crm/webhooks/endpoints/{id}/deliveries', {
          params: { path: { id }, query: { limit: DELIVERIES_SHOWN } },
        })
      ).data as WebhookDelivery[],
  });
}

/**
 * Replays a failed delivery of an endpoint (after fixing what its `reason` names): the processor applies it again.
 * The log is read again whatever the answer: a 409 (it has not failed) or a 404 means the log shown is out of date.
 */
export function useReplayWebhookDelivery(id: string) {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (deliveryId: string) => {
      await api.crm.POST('/api/crm/webhooks/endpoints/{id}/deliveries/{deliveryId}/replay', {
        params: { path: { id, deliveryId } },
      });
    },
    onSettled: () => void queries.invalidateQueries({ queryKey: deliveriesKey(id), exact: true }),
  });
}

/**
 * Creates an endpoint. Its answer carries the secret (standard, pipedrive) this once: the caller hands it to the one
 * panel that shows it and resets the mutation, and the mutation is not kept after that (`gcTime: 0`), so the secret
 * is held nowhere else and never refetched (the list has none).
 */
export function useCreateWebhookEndpoint() {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (body: WebhookEndpointRequest) =>
      (await api.crm.POST('/api/crm/webhooks/endpoints', { body })).data as WebhookEndpoint,
    onSuccess: () => void queries.invalidateQueries({ queryKey: endpointsKey, exact: true }),
    gcTime: 0,
  });
}

/** An endpoint's actions; each refreshes the list. `rotate` answers the new secret once, as creating does. */
export function useWebhookActions(id: string) {
  const api = useApi();
  const queries = useQueryClient();
  const settle = { onSuccess: () => void queries.invalidateQueries({ queryKey: endpointsKey, exact: true }) };
  const path = { params: { path: { id } } };
  return {
    disable: useMutation({
      mutationFn: async () =>
        (await api.crm.POST('/api/crm/webhooks/endpoints/{id}/disable', path)).data as WebhookEndpoint,
      ...settle,
    }),
    enable: useMutation({
      mutationFn: async () =>
        (await api.crm.POST('/api/crm/webhooks/endpoints/{id}/enable', path)).data as WebhookEndpoint,
      ...settle,
    }),
    rotate: useMutation({
      mutationFn: async () =>
        (await api.crm.POST('/api/crm/webhooks/endpoints/{id}/rotate', path)).data as WebhookEndpoint,
      ...settle,
      gcTime: 0,
    }),
    replaceSecret: useMutation({
      mutationFn: async (secret: string) =>
        (await api.crm.PUT('/api/crm/webhooks/endpoints/{id}/secret', { ...path, body: { secret } }))
          .data as WebhookEndpoint,
      ...settle,
    }),
    remove: useMutation({
      mutationFn: async () => {
        await api.crm.DELETE('/api/crm/webhooks/endpoints/{id}', path);
      },
      onSuccess: () => {
        queries.removeQueries({ queryKey: endpointKey(id) });
        void queries.invalidateQueries({ queryKey: endpointsKey, exact: true });
      },
    }),
  };
}

/** How an endpoint's provider names become Stride's: the provider's defaults until replaced (not for `standard`). */
export function useWebhookMapping(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: mappingKey(id),
    queryFn: async () =>
      (await api.crm.GET('/api/crm/webhooks/endpoints/{id}/mapping', { params: { path: { id } } }))
        .data as WebhookMapping,
  });
}

/**
 * Replaces an endpoint's mapping (`save`, a 400 names the entry it refuses, e.g. `dealStages[2].stage`) or puts the
 * provider's defaults back (`reset`). Each answers the mapping now in force, which becomes the query's.
 */
export function useWebhookMappingActions(id: string) {
  const api = useApi();
  const queries = useQueryClient();
  const settle = { onSuccess: (mapping: WebhookMapping) => queries.setQueryData(mappingKey(id), mapping) };
  const path = { params: { path: { id } } };
  return {
    save: useMutation({
      mutationFn: async (body: WebhookMapping) =>
        (await api.crm.PUT('/api/crm/webhooks/endpoints/{id}/mapping', { ...path, body })).data as WebhookMapping,
      ...settle,
    }),
    reset: useMutation({
      mutationFn: async () =>
        (await api.crm.DELETE('/api/crm/webhooks/endpoints/{id}/mapping', path)).data as WebhookMapping,
      ...settle,
    }),
  };
}

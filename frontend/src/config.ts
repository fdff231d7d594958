/** Runtime configuration, fetched from /config.json at start so one build runs behind any gateway. */
export interface RuntimeConfig {
  keycloak: {
    /** Keycloak's base URL; relative URLs are resolved against the page's origin (the gateway). */
    url: string;
    realm: string;
    clientId: string;
  };
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchImpl('/config.json', { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`/config.json answered ${response.status}`);
  }
  const config = (await response.json()) as RuntimeConfig;
  return {
    keycloak: { ...config.keycloak, url: new URL(config.keycloak.url, window.location.origin).toString() },
  };
}

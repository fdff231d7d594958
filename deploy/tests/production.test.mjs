// What a production install inherits: the production realm (deploy/keycloak/stride-realm.json), the services'
// configuration outside dev and test, and the Kubernetes folder. None of it may carry a demo user, the test client,
// a localhost address or a known secret; the demo pieces live in deploy/keycloak/demo-overlay.json, which only the
// local stack and docker-compose.yml import. Run by deploy/local/stack test (node --test in deploy/tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { properties, read, root } from './files.mjs';

const realmText = read('deploy/keycloak/stride-realm.json');
const realm = JSON.parse(realmText);
const overlay = JSON.parse(read('deploy/keycloak/demo-overlay.json'));
const QUARKUS_SERVICES = ['crm-service', 'kpi-service', 'analytics-service'];
const PUBLIC_URL = '${STRIDE_PUBLIC_URL}';
const DEMO_PASSWORD = overlay.users[0].credentials[0].value;

test('the production realm has no user but service accounts, no tenant and no test client', () => {
  for (const user of realm.users ?? []) {
    assert.ok(user.serviceAccountClientId, `user ${user.username} is not a service account`);
    assert.ok(!user.credentials, `${user.username} carries credentials`);
  }
  assert.deepEqual(realm.groups ?? [], [], 'tenants are created by the operator, not shipped');
  assert.deepEqual(realm.clients.map((client) => client.clientId).sort(), ['stride-frontend', 'stride-services']);
  for (const client of realm.clients) {
    assert.equal(client.directAccessGrantsEnabled, false, `${client.clientId}: no password grant`);
    assert.equal(client.implicitFlowEnabled, false, `${client.clientId}: no implicit flow`);
  }
  assert.ok(!realmText.includes(DEMO_PASSWORD), 'the demo password');
  assert.ok(!/localhost|127\.0\.0\.1/.test(realmText), 'a local address');
});

test('the SPA client redirects only to the public URL, with PKCE', () => {
  const spa = realm.clients.find((client) => client.clientId === 'stride-frontend');
  assert.equal(spa.publicClient, true);
  assert.equal(spa.attributes['pkce.code.challenge.method'], 'S256');
  assert.equal(spa.rootUrl, PUBLIC_URL);
  assert.deepEqual(spa.redirectUris, [`${PUBLIC_URL}/*`]);
  assert.deepEqual(spa.webOrigins, [PUBLIC_URL]);
  assert.equal(spa.attributes['post.logout.redirect.uris'], `${PUBLIC_URL}/`);
});

test('the services\' client has a secret from the environment and may only view users', () => {
  const services = realm.clients.find((client) => client.clientId === 'stride-services');
  assert.equal(services.publicClient, false);
  assert.equal(services.secret, '${STRIDE_SERVICES_CLIENT_SECRET}');
  assert.equal(services.standardFlowEnabled, false);
  assert.equal(services.serviceAccountsEnabled, true);
  const account = realm.users.find((user) => user.serviceAccountClientId === 'stride-services');
  assert.deepEqual(account.clientRoles, { 'realm-management': ['view-users'] });
  assert.ok(!account.realmRoles, 'no realm role (admin, manager, rep) for the service account');
});

test('the production realm locks out password guessing, asks for long passwords and keeps sessions short', () => {
  assert.equal(realm.sslRequired, 'external');
  assert.equal(realm.registrationAllowed, false);
  assert.equal(realm.bruteForceProtected, true);
  assert.equal(realm.permanentLockout, false, 'a temporary lockout: a guesser cannot lock a user out for good');
  assert.ok(realm.failureFactor >= 3 && realm.failureFactor <= 10, `lockout after ${realm.failureFactor} failures`);
  assert.equal(realm.bruteForceStrategy, 'MULTIPLE', 'the wait grows with every further round of failures');
  assert.ok(realm.waitIncrementSeconds >= 30 && realm.maxFailureWaitSeconds >= 15 * 60);
  const minLength = Number(realm.passwordPolicy.match(/\blength\((\d+)\)/)?.[1]);
  assert.ok(minLength >= 12, `passwords of at least 12 characters (policy: ${realm.passwordPolicy})`);
  assert.match(realm.passwordPolicy, /\bnotUsername\b/);
  assert.ok(realm.accessTokenLifespan <= 15 * 60, 'access tokens live at most 15 minutes');
  assert.ok(realm.ssoSessionIdleTimeout <= 60 * 60, 'an idle session ends within an hour');
  assert.ok(realm.ssoSessionMaxLifespan <= 12 * 60 * 60, 'a session ends within a working day');
  assert.equal(realm.revokeRefreshToken, true, 'a refresh token is used once');
});

test('the demo overlay holds the demo tenants, users and the test client, and nothing of the realm itself', () => {
  assert.deepEqual(Object.keys(overlay).sort(), ['clients', 'groups', 'users'], 'a partial import: no realm settings');
  assert.deepEqual(overlay.clients.map((client) => client.clientId), ['stride-test']);
  assert.ok(overlay.users.length >= 6);
  for (const user of overlay.users) {
    assert.match(user.id, /^[0-9a-f-]{36}$/, `${user.username}: a fixed id, so demo data keeps its owners`);
    assert.ok(user.credentials[0].value.length >= 12, `${user.username}: the demo password meets the realm's policy`);
  }
  const stack = read('deploy/local/stack');
  assert.match(stack, /partialImport -r stride -s ifResourceExists=SKIP -o -f "\$KEYCLOAK_DEMO_FILE"/);
  assert.match(read('docker-compose.yml'), /partialImport -r stride -s ifResourceExists=SKIP -o\s+-f \/stride\/demo-overlay\.json/);
});

test('every service takes its secrets from the environment alone, and stops at start without one', () => {
  // platform.RequiredSecrets binds these as required values: an unset variable fails the start, naming it
  const required = {
    'crm-service': {
      'stride.required.datasource-password': 'QUARKUS_DATASOURCE_PASSWORD',
      'stride.required.keycloak-client-secret': 'QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET',
      'stride.webhooks.encryption-key': 'STRIDE_WEBHOOKS_ENCRYPTION_KEY',
    },
    'kpi-service': { 'stride.required.datasource-password': 'QUARKUS_DATASOURCE_PASSWORD' },
    'analytics-service': { 'stride.required.datasource-password': 'QUARKUS_DATASOURCE_PASSWORD' },
  };
  for (const name of QUARKUS_SERVICES) {
    const path = `${name}/src/main/resources/application.properties`;
    const props = properties(path);
    for (const [key, variable] of Object.entries(required[name])) {
      assert.equal(props[key], `\${${variable}}`, `${name}: ${key} must be exactly \${${variable}} (no default)`);
    }
    assert.equal(props['quarkus.datasource.password'], undefined, `${name}: the password is the environment's alone`);
    assert.ok(read(`${name}/src/main/java/dev/stride/${name.replace(/-service$/, '')}/platform/RequiredSecrets.java`)
      .includes('@ConfigMapping(prefix = "stride.required")'), `${name}: RequiredSecrets checks them`);
    for (const line of read(path).split('\n')) {
      if (/^(%dev\.|%prod\.)?[a-z][^=]*(password|secret|encryption-key)=./.test(line)) {
        assert.match(line, /=\$\{[A-Z_]+\}$/, `${name}: a secret with a value outside the test profile: ${line}`);
      }
    }
  }
});

test('Kubernetes and the README\'s install steps use the production realm alone', () => {
  const base = 'deploy/kubernetes';
  const texts = readdirSync(join(root, base), { recursive: true }).filter((file) => /\.ya?ml$|Dockerfile/.test(file))
    .map((file) => [file, read(`${base}/${file}`)]);
  for (const [file, text] of texts) {
    for (const demo of ['demo-overlay', DEMO_PASSWORD, 'stride-test', ...overlay.users.map((user) => user.username)]) {
      assert.ok(!text.includes(demo), `${base}/${file} mentions ${demo}`);
    }
  }
  const readme = read('README.md');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Kubernetes'));
  assert.match(section, /deploy\/keycloak\/stride-realm\.json/);
  assert.ok(!section.includes('demo-overlay'), 'the Kubernetes steps never import the demo overlay');
});

// docker-compose.yml checked as a file: no Docker engine runs where the tests run, so these tests read
// the compose file, the gateway template, the topic file and the services' application.properties and
// check that they agree. Run by deploy/local/stack test (node --test in deploy/tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { checkNginxConfig, composeEnvironment, healthcheckCommand, properties, read, root } from './files.mjs';

const composeText = read('docker-compose.yml');
const compose = parse(composeText);
const services = compose.services;
const template = read('deploy/gateway/nginx.conf');
const stackScript = read('deploy/local/stack');

const QUARKUS_SERVICES = ['crm-service', 'kpi-service', 'analytics-service'];
const GATEWAY_URL = 'http://localhost:8080';
const REALM = JSON.parse(read('deploy/keycloak/stride-realm.json')).realm;

/** The bind mounts of a service as {source, target}, sources relative to the repository root. */
function mounts(service) {
  return (service.volumes ?? []).map((volume) => {
    if (typeof volume === 'string') {
      const [source, target] = volume.split(':');
      return { source, target };
    }
    return { source: volume.source, target: volume.target };
  }).filter((mount) => mount.source.startsWith('./'))
    .map((mount) => ({ source: mount.source.slice(2), target: mount.target }));
}

function mountOf(service, source) {
  return mounts(service).find((mount) => mount.source === source);
}

/** Services that run once and exit: others wait for them with service_completed_successfully. */
const oneShots = new Set(Object.values(services).flatMap((service) =>
  Object.entries(service.depends_on ?? {})
    .filter(([, dependency]) => dependency?.condition === 'service_completed_successfully')
    .map(([name]) => name)));

const postgresEnv = composeEnvironment(services.postgres);
const keycloakEnv = composeEnvironment(services.keycloak);
const gatewayEnv = composeEnvironment(services.gateway);
const kafkaEnv = composeEnvironment(services.kafka);

/** "name partitions [config=value,...]" lines of the shared topic file. */
const topicFile = read('deploy/kafka-topics.txt').split('\n')
  .map((line) => line.replace(/#.*/, '').trim())
  .filter(Boolean);

test('every long-running container has a health check', () => {
  for (const [name, service] of Object.entries(services)) {
    if (oneShots.has(name)) {
      assert.equal(service.restart, 'no', `${name} runs once: restart must be "no"`);
      continue;
    }
    assert.ok(healthcheckCommand(service), `${name} has no healthcheck`);
    assert.notEqual(service.healthcheck.disable, true, `${name} disables its healthcheck`);
  }
});

test('every depends_on waits for a healthy container (or a finished one-shot job)', () => {
  for (const [name, service] of Object.entries(services)) {
    if (!service.depends_on) continue;
    assert.ok(!Array.isArray(service.depends_on), `${name}: depends_on needs conditions, not a list`);
    for (const [dependency, spec] of Object.entries(service.depends_on)) {
      assert.ok(services[dependency], `${name} depends on unknown service ${dependency}`);
      const expected = oneShots.has(dependency) ? 'service_completed_successfully' : 'service_healthy';
      assert.equal(spec?.condition, expected, `${name} -> ${dependency}`);
    }
  }
});

test('each Quarkus service is built from its Dockerfile.jvm and configured only by environment', () => {
  for (const name of QUARKUS_SERVICES) {
    const service = services[name];
    assert.ok(service, `${name} is missing`);
    assert.equal(resolve(root, service.build.context), join(root, name), `${name}: build context`);
    assert.equal(service.build.dockerfile, 'src/main/docker/Dockerfile.jvm', `${name}: dockerfile`);
    const dockerfile = read(`${name}/src/main/docker/Dockerfile.jvm`);
    assert.match(dockerfile, /COPY .*target\/quarkus-app\/lib\/ \/deployments\/lib\//, `${name}: fast-jar layers`);
    assert.match(dockerfile, /^FROM registry\.access\.redhat\.com\/ubi9\/openjdk-21-runtime:/m, `${name}: base image`);
    assert.equal(mounts(service).length, 0, `${name}: configuration comes from the environment, not mounted files`);

    // the same port and prefix as the local stack (application.properties)
    const props = properties(`${name}/src/main/resources/application.properties`);
    const port = props['quarkus.http.port'];
    const prefix = props['quarkus.http.root-path'];
    assert.equal(composeEnvironment(service).QUARKUS_HTTP_PORT, port, `${name}: QUARKUS_HTTP_PORT`);
    assert.match(dockerfile, new RegExp(`^EXPOSE ${port}$`, 'm'), `${name}: EXPOSE`);
    const health = healthcheckCommand(service);
    assert.ok(health.includes(`/dev/tcp/127.0.0.1/${port} `), `${name}: health check port (${health})`);
    assert.ok(health.includes(`GET ${prefix}/q/health/ready `), `${name}: health check path (${health})`);
  }
});

test('each service uses its own database on the postgres service', () => {
  const created = postgresEnv.STRIDE_DATABASES.split(/\s+/);
  assert.ok(!postgresEnv.PGPORT, 'postgres listens on its default port 5432');
  assert.ok(mountOf(services.postgres, 'deploy/compose/postgres-init.sh')?.target.startsWith('/docker-entrypoint-initdb.d/'),
    'postgres runs deploy/compose/postgres-init.sh at init');
  const used = [];
  for (const name of QUARKUS_SERVICES) {
    const env = composeEnvironment(services[name]);
    const database = name.replace(/-service$/, '');
    assert.equal(env.QUARKUS_DATASOURCE_JDBC_URL, `jdbc:postgresql://postgres:5432/${database}`, `${name}: JDBC URL`);
    assert.equal(env.QUARKUS_DATASOURCE_USERNAME, database, `${name}: its own role`);
    assert.equal(env.QUARKUS_DATASOURCE_PASSWORD, database, `${name}: the role's demo password is its name`);
    assert.ok(created.includes(database), `${name}: database ${database} is created at init`);
    assert.ok(!used.includes(database), `${name}: shares database ${database}`);
    used.push(database);
  }
  assert.equal(keycloakEnv.KC_DB_URL, 'jdbc:postgresql://postgres:5432/keycloak');
  assert.ok(created.includes(keycloakEnv.KC_DB_USERNAME), 'Keycloak\'s database is created at init');
});

test('each service reaches Kafka at the broker\'s advertised listener', () => {
  const advertised = kafkaEnv.KAFKA_ADVERTISED_LISTENERS.match(/PLAINTEXT:\/\/([^,]+)/)[1];
  assert.equal(advertised.split(':')[0], 'kafka', 'the broker advertises its service name');
  assert.ok(kafkaEnv.KAFKA_PROCESS_ROLES.split(',').sort().join() === 'broker,controller', 'KRaft combined mode');
  assert.equal(kafkaEnv.KAFKA_AUTO_CREATE_TOPICS_ENABLE, 'false', 'topics are created up front');
  assert.match(services.kafka.image, /^apache\/kafka:/);
  for (const name of QUARKUS_SERVICES) {
    assert.equal(composeEnvironment(services[name]).KAFKA_BOOTSTRAP_SERVERS, advertised, `${name}: KAFKA_BOOTSTRAP_SERVERS`);
  }
  assert.equal(composeEnvironment(services['kafka-init']).BOOTSTRAP_SERVERS, advertised, 'kafka-init: BOOTSTRAP_SERVERS');
});

test('the topic init uses the topic file the local stack reads, and it lists every topic the services use', () => {
  const init = services['kafka-init'];
  const mount = mountOf(init, 'deploy/kafka-topics.txt');
  assert.ok(mount, 'kafka-init mounts deploy/kafka-topics.txt');
  assert.equal(composeEnvironment(init).TOPICS_FILE, mount.target, 'kafka-init reads the mounted file');
  assert.ok(mountOf(init, 'deploy/compose/kafka-topics.sh'), 'kafka-init runs deploy/compose/kafka-topics.sh');
  assert.ok(stackScript.includes('KAFKA_TOPICS_FILE=$ROOT/deploy/kafka-topics.txt'), 'the stack reads the same file');

  const topics = topicFile.map((line) => {
    const [name, partitions, configs, ...rest] = line.split(/\s+/);
    assert.equal(rest.length, 0, `topic line: ${line}`);
    assert.match(partitions, /^[1-9][0-9]*$/, `partitions of ${name}`);
    if (configs) assert.match(configs, /^[a-z.]+=[^,=]+(,[a-z.]+=[^,=]+)*$/, `configs of ${name}`);
    return name;
  });
  assert.equal(new Set(topics).size, topics.length, 'no topic is listed twice');
  for (const name of QUARKUS_SERVICES) {
    const props = properties(`${name}/src/main/resources/application.properties`);
    for (const [key, topic] of Object.entries(props)) {
      if (/^mp\.messaging\.(incoming|outgoing)\.[^.]+\.topic$/.test(key)) {
        assert.ok(topics.includes(topic), `${name}: ${key}=${topic} is not in deploy/kafka-topics.txt`);
      }
    }
  }
});

test('each service validates Keycloak tokens issued under the gateway URL', () => {
  const keycloakPort = keycloakEnv.KC_HTTP_PORT ?? '8080';
  const path = keycloakEnv.KC_HTTP_RELATIVE_PATH;
  assert.equal(path, '/auth');
  assert.equal(keycloakEnv.KC_HOSTNAME, `${GATEWAY_URL}/auth`, 'Keycloak\'s hostname is the gateway\'s URL');
  assert.equal(keycloakEnv.KC_HOSTNAME_BACKCHANNEL_DYNAMIC, 'true', 'services reach Keycloak directly');
  assert.equal(keycloakEnv.KC_HEALTH_ENABLED, 'true');
  assert.equal(services.keycloak.image, 'quay.io/keycloak/keycloak:26.5.6');
  assert.ok(services.keycloak.command.includes('start') && services.keycloak.command.includes('--import-realm'));
  assert.ok(mountOf(services.keycloak, 'deploy/keycloak/stride-realm.json')?.target.startsWith('/opt/keycloak/data/import/'),
    'Keycloak imports deploy/keycloak/stride-realm.json');
  for (const name of QUARKUS_SERVICES) {
    const env = composeEnvironment(services[name]);
    assert.equal(env.QUARKUS_OIDC_AUTH_SERVER_URL, `http://keycloak:${keycloakPort}${path}/realms/${REALM}`, `${name}: auth server`);
    assert.equal(env.QUARKUS_OIDC_TOKEN_ISSUER, `${keycloakEnv.KC_HOSTNAME}/realms/${REALM}`, `${name}: issuer`);
  }
  assert.equal(composeEnvironment(services['crm-service']).QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL,
    `http://keycloak:${keycloakPort}${path}`, 'crm-service reads the tenant\'s users from Keycloak\'s admin API');
  assert.equal(composeEnvironment(services['kpi-service']).QUARKUS_REST_CLIENT_ANALYTICS_URL,
    `http://analytics-service:${composeEnvironment(services['analytics-service']).QUARKUS_HTTP_PORT}`,
    'kpi-service asks analytics-service for a metric\'s history (SMART check)');
});

test('the gateway runs deploy/gateway/nginx.conf, rendered with addresses of this file\'s services', () => {
  const gateway = services.gateway;
  assert.match(gateway.image, /^nginx:/);
  assert.equal(mountOf(gateway, 'deploy/gateway/nginx.conf')?.target, '/etc/nginx/templates/nginx.conf.template');
  assert.equal(gatewayEnv.NGINX_ENVSUBST_OUTPUT_DIR, '/etc/nginx', 'the template becomes /etc/nginx/nginx.conf');
  assert.deepEqual(gateway.command.slice(0, 1), ['nginx'], 'the image renders templates only when it runs nginx');
  assert.equal(gateway.command[gateway.command.indexOf('-c') + 1], '/etc/nginx/nginx.conf');

  const variables = [...new Set([...template.matchAll(/\$\{([A-Z][A-Z0-9_]*)\}/g)].map((match) => match[1]))];
  const filter = new RegExp(gatewayEnv.NGINX_ENVSUBST_FILTER);
  for (const variable of variables) {
    assert.ok(gatewayEnv[variable], `the template's ${variable} is not set`);
    assert.ok(filter.test(variable), `NGINX_ENVSUBST_FILTER leaves out ${variable}`);
  }
  assert.ok(!filter.test('PATH') && !filter.test('HOME'), 'only the template\'s variables are substituted');

  for (const name of QUARKUS_SERVICES) {
    const variable = `${name.replace(/-service$/, '').toUpperCase()}_UPSTREAM`;
    assert.equal(gatewayEnv[variable], `${name}:${composeEnvironment(services[name]).QUARKUS_HTTP_PORT}`, variable);
  }
  assert.equal(gatewayEnv.KEYCLOAK_UPSTREAM, `keycloak:${keycloakEnv.KC_HTTP_PORT ?? '8080'}`, 'KEYCLOAK_UPSTREAM');
  assert.equal(mountOf(gateway, 'frontend/dist')?.target, gatewayEnv.GATEWAY_SPA_ROOT, 'the SPA build is the document root');
  assert.deepEqual(gateway.ports.map(String), [`8080:${gatewayEnv.GATEWAY_LISTEN}`], 'published on the gateway URL\'s port');
  assert.ok(stackScript.includes('GATEWAY_TEMPLATE=$ROOT/deploy/gateway/nginx.conf'), 'the local stack uses the same file');
  for (const name of Object.keys(services)) {
    if (name !== 'gateway') assert.ok(!services[name].ports, `${name} is reached through the gateway only`);
  }
});

test('passwords are local demo values, marked as such', () => {
  // the webhook secrets' encryption key of the demo (AES-256, so it cannot be a word like the passwords)
  const demoWebhooksKey = 'm2d1r2bVsC4BaA0CAvbLQx90Q0+smxHvIv942aNyHIQ=';
  const demoValues = new Set(['postgres', 'keycloak', 'admin', demoWebhooksKey, 'compose-demo-services-secret',
    ...QUARKUS_SERVICES.map((name) => name.replace(/-service$/, ''))]);
  for (const [name, service] of Object.entries(services)) {
    for (const [key, value] of Object.entries(composeEnvironment(service))) {
      if (!/PASSWORD|SECRET|TOKEN$|_KEY$/.test(key)) continue;
      assert.ok(demoValues.has(value), `${name}: ${key} is not a known demo value`);
      const line = composeText.split('\n').find((text) => text.trim().startsWith(`${key}: ${value}`));
      assert.match(line ?? '', /# local demo value$/, `${name}: ${key} is not marked as a local demo value`);
    }
  }
});

test('the gateway config rendered as the nginx image does passes nginx -t', (t) => {
  // the image's 20-envsubst-on-templates.sh: the environment's variables that match the filter
  const filter = new RegExp(gatewayEnv.NGINX_ENVSUBST_FILTER);
  const rendered = template.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g,
    (whole, name) => (filter.test(name) && name in gatewayEnv ? gatewayEnv[name] : whole));
  return checkNginxConfig(t, rendered, Object.keys(services));
});

// deploy/kubernetes/ checked as files: no cluster runs where the tests run, so these tests read the kustomization,
// every manifest it lists, docker-compose.yml, the gateway template and the services' application.properties and
// Dockerfiles, and check that they agree. Run by deploy/local/stack test (node --test in deploy/tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { checkNginxConfig, composeEnvironment, healthcheckCommand, properties, read, root } from './files.mjs';

const BASE = 'deploy/kubernetes';
const QUARKUS_SERVICES = ['crm-service', 'kpi-service', 'analytics-service'];
const REALM = JSON.parse(read('deploy/keycloak/stride-realm.json')).realm;
/** Names that look secret: their values come from a Secret, never from the manifests (as in compose.test.mjs). */
const SECRET_NAME = /PASSWORD|SECRET|TOKEN$|_KEY$/;
const PLACEHOLDER = 'CHANGE-ME';
/** Variables Kubernetes sets beyond docker-compose.yml's, and why. Anything else must be exactly compose's list. */
const KUBERNETES_ONLY = {
  // the image's run-java.sh sizes the heap from the memory limit, which compose does not set
  all: ['JAVA_MAX_MEM_RATIO',
    // each service is its own Kafka user (kafka-users.yaml); compose's broker has no users
    'KAFKA_SECURITY_PROTOCOL', 'KAFKA_SASL_MECHANISM', 'KAFKA_SASL_JAAS_CONFIG'],
};

// ----------------------------------------------------------------------------------------------
// The files
// ----------------------------------------------------------------------------------------------
const kustomization = parse(read(`${BASE}/kustomization.yaml`));

/** The documents of one YAML file as plain objects; parse errors are collected, not thrown. */
function documents(path, errors) {
  if (!existsSync(join(root, path))) {
    errors.push(`${path} does not exist`);
    return [];
  }
  return parseAllDocuments(read(path)).flatMap((document) => {
    if (document.errors.length) {
      errors.push(`${path}: ${document.errors.map((error) => error.message).join('; ')}`);
      return [];
    }
    const object = document.toJS();
    return object ? [object] : [];
  });
}

const loadErrors = [];
/** Every object of every file kustomization.yaml lists, with the file it is in. */
const manifests = (kustomization.resources ?? []).flatMap((file) =>
  documents(`${BASE}/${file}`, loadErrors).map((object) => ({ file, object })));
const objects = manifests.map((manifest) => manifest.object);
const exampleSecrets = documents(`${BASE}/secrets.example.yaml`, loadErrors);

const ofKind = (kind) => objects.filter((object) => object.kind === kind);
const named = (kind, name) => ofKind(kind).find((object) => object.metadata?.name === name);
/** Secrets Strimzi makes, one per KafkaUser with the user's name: never created by hand. */
const madeByStrimzi = (secretName) => Boolean(named('KafkaUser', secretName));

const composeText = read('docker-compose.yml');
const services = parse(composeText).services;
const template = read('deploy/gateway/nginx.conf');
const readme = read('README.md');

/** The values docker-compose.yml marks "# local demo value". */
const demoValues = [...composeText.matchAll(/^\s*[A-Z][A-Z0-9_]*:\s*(\S+)\s*# local demo value\s*$/gm)]
  .map((match) => match[1]);

// ----------------------------------------------------------------------------------------------
// Pods, containers and their environment
// ----------------------------------------------------------------------------------------------
const podSpec = (deployment) => deployment.spec?.template?.spec ?? {};
const podLabels = (deployment) => deployment.spec?.template?.metadata?.labels ?? {};
const allContainers = (deployment) => [...(podSpec(deployment).initContainers ?? []),
  ...(podSpec(deployment).containers ?? [])];

/** The main container of a Deployment: the one named like it. */
function mainContainer(deployment) {
  const container = (podSpec(deployment).containers ?? []).find((c) => c.name === deployment.metadata.name);
  assert.ok(container, `Deployment ${deployment.metadata.name} has no container named like it`);
  return container;
}

const matches = (selector, labels) => Object.entries(selector ?? {}).every(([key, value]) => labels[key] === value);

/** The Deployments whose pods a label selector picks. */
const selected = (selector) => ofKind('Deployment').filter((deployment) => matches(selector, podLabels(deployment)));

/** The Service in front of a Deployment's pods (exactly one). */
function serviceOf(deployment) {
  const found = ofKind('Service').filter((service) => selected(service.spec?.selector)
    .some((d) => d.metadata.name === deployment.metadata.name));
  assert.equal(found.length, 1, `one Service selects the pods of ${deployment.metadata.name}`);
  return found[0];
}

/** The container port a Service or probe port (a name or a number) means. */
function containerPort(container, port) {
  return (container.ports ?? []).find((p) => p.name === port || p.containerPort === port);
}

function portNamed(container, name) {
  const port = (container.ports ?? []).find((p) => p.name === name);
  assert.ok(port, `${container.name} has a port named ${name}`);
  return port.containerPort;
}

/** The Service port that leads to a container port. */
function servicePortFor(service, container, containerPortNumber) {
  return (service.spec?.ports ?? []).find((p) => containerPort(container, p.targetPort ?? p.port)?.containerPort
    === containerPortNumber);
}

const configMapValue = ({ name, key }) => named('ConfigMap', name)?.data?.[key];

/** A container's environment: name -> {value} | {configMap, value} | {secret}. */
function environment(container) {
  return new Map((container.env ?? []).map((entry) => {
    const from = entry.valueFrom ?? {};
    if (from.secretKeyRef) return [entry.name, { secret: from.secretKeyRef }];
    if (from.configMapKeyRef) {
      return [entry.name, { configMap: from.configMapKeyRef, value: configMapValue(from.configMapKeyRef) }];
    }
    if (Object.keys(from).length) return [entry.name, { other: from }];
    return [entry.name, { value: entry.value === undefined ? undefined : String(entry.value) }];
  }));
}

function envValue(container, name) {
  const entry = environment(container).get(name);
  assert.ok(entry, `${container.name}: ${name} is not set`);
  assert.ok(entry.value !== undefined, `${container.name}: ${name} has no value here (a secret, or a missing key)`);
  return entry.value;
}

const secretRefs = (deployment) => allContainers(deployment).flatMap((container) => [...environment(container)]
  .filter(([, entry]) => entry.secret).map(([, entry]) => entry.secret));

/** The emptyDir volume mounted at a path, if any. */
function emptyDirAt(deployment, container, path) {
  const mount = (container.volumeMounts ?? []).find((m) => posix.normalize(`${m.mountPath}/`)
    === posix.normalize(`${path}/`));
  return mount && (podSpec(deployment).volumes ?? []).find((v) => v.name === mount.name && v.emptyDir);
}

function quantity(text) {
  const match = String(text).match(/^([0-9.]+)(m|Ki|Mi|Gi|Ti|k|M|G)?$/);
  assert.ok(match, `quantity ${text}`);
  const unit = { m: 1e-3, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, k: 1e3, M: 1e6, G: 1e9 }[match[2]] ?? 1;
  return Number(match[1]) * unit;
}

/** The fewest replicas a Deployment runs: its own count, or its HorizontalPodAutoscaler's minimum. */
function fewestReplicas(deployment) {
  const hpa = ofKind('HorizontalPodAutoscaler').find((h) => h.spec?.scaleTargetRef?.kind === 'Deployment'
    && h.spec.scaleTargetRef.name === deployment.metadata.name);
  return hpa ? hpa.spec.minReplicas ?? 1 : deployment.spec.replicas ?? 1;
}

const deployment = (name) => {
  const found = named('Deployment', name);
  assert.ok(found, `Deployment ${name} is missing`);
  return found;
};

const configMaps = () => ofKind('ConfigMap');
const publicUrl = () => new URL(configMapValue({ name: 'stride-config', key: 'public-url' }));

// ----------------------------------------------------------------------------------------------
// The tests
// ----------------------------------------------------------------------------------------------
test('the kustomization lists manifests that exist and parse, all in one namespace, and no Secret', () => {
  assert.deepEqual(loadErrors, []);
  assert.equal(kustomization.kind, 'Kustomization');
  const namespace = kustomization.namespace;
  assert.equal(namespace, 'stride');
  assert.ok(named('Namespace', namespace), `the Namespace ${namespace} is a resource`);
  const seen = new Set();
  for (const { file, object } of manifests) {
    const id = `${object.kind}/${object.metadata?.name}`;
    assert.ok(object.apiVersion && object.kind && object.metadata?.name, `${file}: apiVersion, kind and name`);
    assert.ok(!seen.has(id), `${id} is defined twice`);
    seen.add(id);
    assert.ok([undefined, namespace].includes(object.metadata.namespace), `${file}: ${id} is in another namespace`);
    assert.notEqual(object.kind, 'Secret', `${file}: a Secret in the base would commit its value`);
  }
  for (const kind of ['Deployment', 'Service', 'ConfigMap', 'Ingress']) assert.ok(ofKind(kind).length, kind);

  // every manifest of the folder is either applied or deliberately not (the secrets' example)
  const listed = new Set(kustomization.resources);
  assert.ok(!listed.has('secrets.example.yaml'), 'secrets.example.yaml must not be applied');
  assert.ok(exampleSecrets.length && exampleSecrets.every((object) => object.kind === 'Secret'));
  const yamlFiles = readdirSync(join(root, BASE)).filter((file) => /\.ya?ml$/.test(file));
  for (const file of yamlFiles) {
    if (file === 'kustomization.yaml' || file === 'secrets.example.yaml') continue;
    assert.ok(listed.has(file), `${BASE}/${file} is not listed in kustomization.yaml`);
  }
});

test('every Service selects the pods of exactly one Deployment, on ports its containers have', () => {
  for (const service of ofKind('Service')) {
    const name = service.metadata.name;
    assert.ok(Object.keys(service.spec?.selector ?? {}).length, `${name}: no selector`);
    const picked = selected(service.spec.selector);
    assert.equal(picked.length, 1, `${name} selects ${picked.length} Deployments`);
    for (const port of service.spec.ports ?? []) {
      const target = port.targetPort ?? port.port;
      assert.ok(allContainers(picked[0]).some((container) => containerPort(container, target)),
        `${name}: port ${port.name} targets ${target}, which no container of ${picked[0].metadata.name} has`);
    }
    assert.ok([undefined, 'ClusterIP'].includes(service.spec.type), `${name}: the Ingress is the one public entry`);
  }
  for (const d of ofKind('Deployment')) {
    const labels = podLabels(d);
    assert.ok(Object.keys(d.spec?.selector?.matchLabels ?? {}).length, `${d.metadata.name}: no selector`);
    assert.ok(matches(d.spec.selector.matchLabels, labels), `${d.metadata.name}: its selector misses its own pods`);
    for (const other of ofKind('Deployment')) {
      if (other === d) continue;
      assert.ok(!matches(d.spec.selector.matchLabels, podLabels(other)), `${d.metadata.name} selects other pods`);
    }
  }
});

test('each Quarkus service: image, ports and Service as docker-compose.yml and application.properties say', () => {
  const images = new Map((kustomization.images ?? []).map((image) => [image.name, image]));
  for (const name of QUARKUS_SERVICES) {
    const d = deployment(name);
    const container = mainContainer(d);
    const props = properties(`${name}/src/main/resources/application.properties`);
    const dockerfile = read(`${name}/src/main/docker/Dockerfile.jvm`);

    assert.equal(container.image, services[name].image, `${name}: the image compose builds`);
    assert.ok(images.get(container.image)?.newName?.endsWith(`/${name}`), `${name}: kustomization.yaml images`);

    const port = Number(props['quarkus.http.port']);
    assert.equal(portNamed(container, 'http'), port, `${name}: http port`);
    assert.equal(envValue(container, 'QUARKUS_HTTP_PORT'), String(port), `${name}: QUARKUS_HTTP_PORT`);
    assert.equal(composeEnvironment(services[name]).QUARKUS_HTTP_PORT, String(port), `${name}: compose's port`);
    assert.match(dockerfile, new RegExp(`^EXPOSE ${port}$`, 'm'), `${name}: EXPOSE`);
    const service = serviceOf(d);
    assert.equal(service.metadata.name, name, `${name}: the Service has the name compose gives the service`);
    assert.equal(servicePortFor(service, container, port)?.port, port, `${name}: the Service's port is ${port}`);

    assert.equal(props['quarkus.management.enabled'], 'true', `${name}: metrics have their own port`);
    const management = Number(props['quarkus.management.port']);
    assert.equal(portNamed(container, 'management'), management, `${name}: management port`);
    assert.ok(servicePortFor(service, container, management), `${name}: the Service exposes the management port`);
    const annotations = d.spec.template.metadata.annotations ?? {};
    assert.equal(annotations['prometheus.io/port'], String(management), `${name}: metrics are scraped there`);
    assert.equal(annotations['prometheus.io/path'], `${props['quarkus.management.root-path'] ?? '/q'}/metrics`);
  }
});

test('probes ask the health endpoints where each service serves them', () => {
  for (const name of QUARKUS_SERVICES) {
    const container = mainContainer(deployment(name));
    const props = properties(`${name}/src/main/resources/application.properties`);
    const onManagement = props['quarkus.management.enabled'] === 'true'
      && props['quarkus.smallrye-health.management.enabled'] !== 'false';
    const health = props['quarkus.smallrye-health.root-path'] ?? 'health';
    const base = onManagement
      ? `${props['quarkus.management.root-path'] ?? '/q'}/${health}`
      : `${props['quarkus.http.root-path'] ?? ''}/${props['quarkus.http.non-application-root-path'] ?? 'q'}/${health}`;
    const port = Number(onManagement ? props['quarkus.management.port'] : props['quarkus.http.port']);
    assert.equal(base, `/api/${name.replace(/-service$/, '')}/q/health`, `${name}: health under the service's prefix`);
    // the readiness path compose's health check asks, too
    assert.ok(healthcheckCommand(services[name]).includes(`GET ${base}/ready `), `${name}: compose asks ${base}/ready`);
    for (const [probe, path] of [['startupProbe', 'started'], ['readinessProbe', 'ready'], ['livenessProbe', 'live']]) {
      const get = container[probe]?.httpGet;
      assert.ok(get, `${name}: no ${probe}`);
      assert.equal(get.path, `${base}/${path}`, `${name}: ${probe} path`);
      assert.equal(containerPort(container, get.port)?.containerPort, port, `${name}: ${probe} port`);
    }
    const startup = container.startupProbe;
    assert.ok((startup.periodSeconds ?? 10) * (startup.failureThreshold ?? 3) >= 120,
      `${name}: the startup probe allows the minutes a first Flyway migration may take`);
  }
  const gateway = mainContainer(deployment('gateway'));
  assert.match(template, /location = \/healthz \{/);
  for (const probe of ['readinessProbe', 'livenessProbe']) {
    assert.equal(gateway[probe]?.httpGet?.path, '/healthz', `gateway: ${probe}`);
    assert.ok(containerPort(gateway, gateway[probe].httpGet.port), `gateway: ${probe} port`);
  }
});

test('every pod meets the restricted Pod Security Standard, with a read-only root and sized resources', () => {
  for (const d of ofKind('Deployment')) {
    const name = d.metadata.name;
    const pod = podSpec(d);
    assert.ok(!pod.hostNetwork && !pod.hostPID && !pod.hostIPC, `${name}: host namespaces`);
    assert.equal(pod.automountServiceAccountToken, false, `${name}: nothing in Stride talks to the API server`);
    assert.equal(pod.enableServiceLinks, false, `${name}: *_SERVICE_* variables would become Quarkus configuration`);
    for (const volume of pod.volumes ?? []) {
      assert.ok(volume.emptyDir || volume.configMap || volume.secret || volume.projected,
        `${name}: volume ${volume.name} is of a kind the restricted standard forbids`);
    }
    for (const container of allContainers(d)) {
      const where = `${name}/${container.name}`;
      const context = { ...pod.securityContext, ...container.securityContext };
      assert.equal(context.runAsNonRoot, true, `${where}: runAsNonRoot`);
      assert.notEqual(context.runAsUser, 0, `${where}: runs as root`);
      assert.equal(context.seccompProfile?.type, 'RuntimeDefault', `${where}: seccomp profile`);
      const own = container.securityContext ?? {};
      assert.equal(own.allowPrivilegeEscalation, false, `${where}: allowPrivilegeEscalation`);
      assert.notEqual(own.privileged, true, `${where}: privileged`);
      assert.ok(own.capabilities?.drop?.includes('ALL'), `${where}: drops ALL capabilities`);
      assert.deepEqual(own.capabilities?.add ?? [], [], `${where}: adds capabilities`);
      assert.equal(own.readOnlyRootFilesystem, true, `${where}: read-only root file system`);
      for (const resource of ['cpu', 'memory']) {
        const request = container.resources?.requests?.[resource];
        const limit = container.resources?.limits?.[resource];
        assert.ok(request && limit, `${where}: ${resource} request and limit`);
        assert.ok(quantity(request) <= quantity(limit), `${where}: ${resource} request above its limit`);
      }
    }
  }
});

test('the Quarkus containers run as their image\'s user, with a writable /tmp and memory for the heap', () => {
  for (const name of QUARKUS_SERVICES) {
    const d = deployment(name);
    const container = mainContainer(d);
    const user = read(`${name}/src/main/docker/Dockerfile.jvm`).match(/^USER (\d+)$/m)?.[1];
    assert.ok(user, `${name}: Dockerfile.jvm names a numeric USER`);
    const runAs = container.securityContext?.runAsUser ?? podSpec(d).securityContext?.runAsUser;
    assert.equal(String(runAs), user, `${name}: runAsUser is the image's user, who owns /deployments`);
    assert.ok(emptyDirAt(d, container, '/tmp'), `${name}: /tmp is a writable emptyDir`);
    // run-java.sh gives the heap JAVA_MAX_MEM_RATIO % of the limit: the rest must hold the JVM's own memory
    const ratio = Number(envValue(container, 'JAVA_MAX_MEM_RATIO'));
    const limit = quantity(container.resources.limits.memory);
    assert.ok(ratio > 0 && ratio <= 75, `${name}: JAVA_MAX_MEM_RATIO ${ratio}`);
    assert.ok(limit * (1 - ratio / 100) >= 256 * 2 ** 20, `${name}: at least 256 MiB beside the heap`);
    assert.ok(limit * (ratio / 100) >= 256 * 2 ** 20, `${name}: at least the local stack's 256 MiB heap`);
  }
});

test('each service gets the variables docker-compose.yml gives it, secrets by reference only', () => {
  const example = new Map(exampleSecrets.map((secret) => [secret.metadata.name, secret.stringData ?? {}]));
  for (const name of QUARKUS_SERVICES) {
    const container = mainContainer(deployment(name));
    assert.ok(!container.envFrom, `${name}: every variable by name (envFrom hides which ones are set)`);
    const env = environment(container);
    const expected = [...Object.keys(composeEnvironment(services[name])), ...KUBERNETES_ONLY.all,
      ...(KUBERNETES_ONLY[name] ?? [])].sort();
    assert.deepEqual([...env.keys()].sort(), expected, `${name}: compose's variables and only the listed extras`);
    for (const [variable, entry] of env) {
      assert.ok(!entry.other, `${name}: ${variable} comes from neither a ConfigMap nor a Secret`);
      if (SECRET_NAME.test(variable)) {
        assert.ok(entry.secret, `${name}: ${variable} must come from a Secret (secretKeyRef), not be written here`);
        assert.notEqual(entry.secret.optional, true, `${name}: ${variable} must not be optional`);
      }
      if (entry.secret && madeByStrimzi(entry.secret.name)) {
        assert.equal(entry.secret.name, name, `${name}: ${variable} reads another service's Kafka user`);
        assert.equal(entry.secret.key, 'sasl.jaas.config', `${name}: ${variable}`);
      } else if (entry.secret) {
        assert.ok(example.get(entry.secret.name)?.[entry.secret.key] !== undefined,
          `${name}: ${variable} reads ${entry.secret.name}/${entry.secret.key}, which secrets.example.yaml lacks`);
      } else if (entry.configMap) {
        assert.ok(named('ConfigMap', entry.configMap.name), `${name}: ConfigMap ${entry.configMap.name} is missing`);
        assert.ok(entry.value !== undefined, `${name}: ${variable} reads a key ${entry.configMap.key} that is missing`);
      } else {
        assert.ok(entry.value !== undefined && entry.value !== '', `${name}: ${variable} is empty`);
      }
    }
  }
  // and the example holds nothing no Deployment reads
  const used = new Set(ofKind('Deployment').flatMap(secretRefs).map((ref) => `${ref.name}/${ref.key}`));
  for (const [secret, data] of example) {
    for (const key of Object.keys(data)) assert.ok(used.has(`${secret}/${key}`), `${secret}/${key} is read by nobody`);
  }
});

test('no local demo value of docker-compose.yml and no local address reaches the manifests', () => {
  assert.ok(demoValues.length >= 5, 'docker-compose.yml marks its demo values');
  for (const secret of exampleSecrets) {
    for (const [key, value] of Object.entries(secret.stringData ?? {})) {
      assert.equal(value, PLACEHOLDER, `secrets.example.yaml ${secret.metadata.name}/${key} must be a placeholder`);
    }
    assert.ok(!secret.data, `secrets.example.yaml ${secret.metadata.name}: placeholders in stringData only`);
  }
  for (const d of ofKind('Deployment')) {
    for (const container of allContainers(d)) {
      for (const [variable, entry] of environment(container)) {
        if (entry.secret || entry.value === undefined) continue;
        assert.ok(!/\b(localhost|127\.0\.0\.1)\b/.test(entry.value), `${d.metadata.name}: ${variable}=${entry.value}`);
        if (SECRET_NAME.test(variable)) assert.ok(!demoValues.includes(entry.value), `${variable} is a demo value`);
      }
    }
  }
  for (const configMap of configMaps()) {
    for (const [key, value] of Object.entries(configMap.data ?? {})) {
      assert.ok(!/\b(localhost|127\.0\.0\.1)\b/.test(value), `${configMap.metadata.name}: ${key}=${value}`);
    }
  }
  // the distinctive ones (the webhook key) appear nowhere in the folder, not even in a comment
  const texts = readdirSync(join(root, BASE), { recursive: true }).filter((file) => /\.ya?ml$|Dockerfile/.test(file))
    .map((file) => [file, read(`${BASE}/${file}`)]);
  for (const value of demoValues.filter((v) => v.length >= 12)) {
    for (const [file, text] of texts) assert.ok(!text.includes(value), `${file} carries compose's demo value ${value}`);
  }
});

test('the services find Keycloak, Kafka, PostgreSQL and each other, and accept tokens of the public URL', () => {
  const keycloak = composeEnvironment(services.keycloak);
  const url = publicUrl();
  assert.equal(url.protocol, 'https:', 'the public URL is https (tokens and cookies cross the internet)');
  assert.equal(url.pathname, '/', 'the gateway serves at the root of its host');
  const keycloakUrl = new URL(configMapValue({ name: 'stride-config', key: 'keycloak-url' }));
  assert.equal(keycloakUrl.pathname, keycloak.KC_HTTP_RELATIVE_PATH, 'Keycloak runs under the same path as in compose');

  const databases = new Set();
  const kafka = new Set();
  for (const name of QUARKUS_SERVICES) {
    const container = mainContainer(deployment(name));
    const compose = composeEnvironment(services[name]);
    // compose: issuer = Keycloak's hostname (the gateway URL + /auth) + realm; here the same with the public URL
    assert.equal(compose.QUARKUS_OIDC_TOKEN_ISSUER, `${keycloak.KC_HOSTNAME}/realms/${REALM}`);
    assert.equal(envValue(container, 'QUARKUS_OIDC_TOKEN_ISSUER'),
      `${url.origin}${keycloak.KC_HTTP_RELATIVE_PATH}/realms/${REALM}`, `${name}: the issuer is the public URL's`);
    assert.equal(envValue(container, 'QUARKUS_OIDC_AUTH_SERVER_URL'), `${keycloakUrl.href}/realms/${REALM}`,
      `${name}: keys come from Keycloak inside the cluster`);
    kafka.add(envValue(container, 'KAFKA_BOOTSTRAP_SERVERS'));

    const jdbc = envValue(container, 'QUARKUS_DATASOURCE_JDBC_URL');
    const database = compose.QUARKUS_DATASOURCE_JDBC_URL.split('/').pop();
    assert.match(jdbc, /^jdbc:postgresql:\/\/[a-z0-9.-]+(:\d+)?\/[a-z_]+$/, `${name}: JDBC URL ${jdbc}`);
    assert.equal(jdbc.split('/').pop(), database, `${name}: its own database, named as in compose`);
    assert.ok(!databases.has(jdbc), `${name}: shares a database`);
    databases.add(jdbc);
    assert.ok(envValue(container, 'QUARKUS_DATASOURCE_USERNAME'), `${name}: a database role`);
  }
  assert.equal(kafka.size, 1, 'one Kafka for all services');
  assert.match([...kafka][0], /^[a-z0-9.-]+:\d+(,[a-z0-9.-]+:\d+)*$/, 'KAFKA_BOOTSTRAP_SERVERS is host:port');

  const crm = mainContainer(deployment('crm-service'));
  assert.equal(envValue(crm, 'QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL'), keycloakUrl.href, 'crm: Keycloak admin API');
  assert.equal(envValue(crm, 'STRIDE_WEBHOOKS_PUBLIC_BASE_URL'), url.origin, 'crm: webhook URLs name the public URL');

  const analytics = deployment('analytics-service');
  const analyticsService = serviceOf(analytics);
  const analyticsPort = servicePortFor(analyticsService, mainContainer(analytics),
    portNamed(mainContainer(analytics), 'http')).port;
  assert.equal(envValue(mainContainer(deployment('kpi-service')), 'QUARKUS_REST_CLIENT_ANALYTICS_URL'),
    `http://${analyticsService.metadata.name}:${analyticsPort}`, 'kpi-service calls analytics-service\'s Service');
});

test('the gateway runs deploy/gateway/nginx.conf with the Kubernetes Services as upstreams', () => {
  const d = deployment('gateway');
  const container = mainContainer(d);
  const env = environment(container);
  const compose = composeEnvironment(services.gateway);
  assert.deepEqual([...env.keys()].sort(), Object.keys(compose).sort(), 'the variables compose gives the gateway');

  // the image: compose's nginx image with compose's two mounts baked in
  const dockerfile = read(`${BASE}/gateway/Dockerfile`);
  const templateDir = env.get('NGINX_ENVSUBST_TEMPLATE_DIR')?.value ?? '/etc/nginx/templates';
  assert.match(dockerfile, new RegExp(`^FROM ${services.gateway.image.replace('.', '\\.')}$`, 'm'), 'compose\'s image');
  assert.match(dockerfile, new RegExp(`^COPY deploy/gateway/nginx\\.conf ${templateDir}/nginx\\.conf\\.template$`, 'm'),
    'the template where the entrypoint looks for it');
  const spaRoot = envValue(container, 'GATEWAY_SPA_ROOT');
  assert.match(dockerfile, new RegExp(`^COPY frontend/dist/? ${spaRoot}/?$`, 'm'), 'the SPA is the document root');
  const user = dockerfile.match(/^USER (\d+)$/m)?.[1];
  assert.equal(String(podSpec(d).securityContext?.runAsUser), user, 'the pod runs as the image\'s user');
  const ignore = read(`${BASE}/gateway/Dockerfile.dockerignore`).split('\n');
  assert.ok(ignore.includes('!deploy/gateway/nginx.conf') && ignore.includes('!frontend/dist'), 'build context');
  assert.equal(container.image, 'stride/gateway');
  assert.ok((kustomization.images ?? []).some((image) => image.name === container.image), 'kustomization images');

  // the entrypoint renders the template only when it runs nginx: args, not command
  assert.ok(!container.command, 'command would replace the image\'s entrypoint, which renders the template');
  const args = container.args ?? [];
  assert.equal(args[0], 'nginx');
  const option = (flag) => args[args.indexOf(flag) + 1];
  const output = envValue(container, 'NGINX_ENVSUBST_OUTPUT_DIR');
  assert.equal(option('-c'), `${output}/nginx.conf`, 'nginx runs the rendered template');
  assert.ok(emptyDirAt(d, container, output), `${output} is writable`);
  assert.ok(emptyDirAt(d, container, option('-p')), `nginx's prefix ${option('-p')} (temp paths) is writable`);
  const pid = option('-g').match(/pid ([^;]+);/)?.[1];
  assert.ok(pid && emptyDirAt(d, container, dirname(pid)), 'the pid file is in a writable directory');

  // every template variable is set and substituted, and nothing else is
  const variables = [...new Set([...template.matchAll(/\$\{([A-Z][A-Z0-9_]*)\}/g)].map((match) => match[1]))];
  const filter = new RegExp(envValue(container, 'NGINX_ENVSUBST_FILTER'));
  for (const variable of variables) {
    assert.ok(envValue(container, variable), `the template's ${variable} is not set`);
    assert.ok(filter.test(variable), `NGINX_ENVSUBST_FILTER leaves out ${variable}`);
  }
  assert.ok(!filter.test('PATH') && !filter.test('HOME'), 'only the template\'s variables are substituted');

  for (const name of QUARKUS_SERVICES) {
    const variable = `${name.replace(/-service$/, '').toUpperCase()}_UPSTREAM`;
    const target = deployment(name);
    const service = serviceOf(target);
    const port = servicePortFor(service, mainContainer(target), portNamed(mainContainer(target), 'http')).port;
    assert.equal(envValue(container, variable), `${service.metadata.name}:${port}`, `${variable}: the Service`);
  }
  const keycloakUrl = new URL(configMapValue({ name: 'stride-config', key: 'keycloak-url' }));
  assert.equal(envValue(container, 'KEYCLOAK_UPSTREAM'), `${keycloakUrl.hostname}:${keycloakUrl.port || 80}`,
    'the gateway proxies /auth/ to the Keycloak the services use');
  const listen = envValue(container, 'GATEWAY_LISTEN');
  assert.equal(String(portNamed(container, 'http')), listen, 'the container port is the one nginx listens on');
});

test('the Ingress is the one public entry and sends everything to the gateway', () => {
  const ingresses = ofKind('Ingress');
  assert.equal(ingresses.length, 1);
  const [ingress] = ingresses;
  const host = publicUrl().hostname;
  const gateway = deployment('gateway');
  const service = serviceOf(gateway);
  assert.deepEqual(ingress.spec.rules.map((rule) => rule.host), [host], 'the public URL\'s host');
  assert.ok(ingress.spec.tls?.some((tls) => tls.hosts?.includes(host) && tls.secretName), 'TLS for that host');
  const paths = ingress.spec.rules[0].http.paths;
  assert.equal(paths.length, 1, 'the gateway routes by path, not the Ingress');
  assert.deepEqual([paths[0].path, paths[0].pathType], ['/', 'Prefix']);
  const backend = paths[0].backend.service;
  assert.equal(backend.name, service.metadata.name);
  const port = service.spec.ports.find((p) => p.name === backend.port.name || p.port === backend.port.number);
  assert.equal(containerPort(mainContainer(gateway), port?.targetPort)?.containerPort,
    Number(envValue(mainContainer(gateway), 'GATEWAY_LISTEN')), 'the Ingress reaches nginx\'s port');
  // what the gateway allows must pass the Ingress too: 50 MiB imports, an unbuffered hour-long stream
  const annotations = ingress.metadata.annotations ?? {};
  assert.match(template, /client_max_body_size 50m;/);
  assert.equal(annotations['nginx.ingress.kubernetes.io/proxy-body-size'], '50m');
  assert.equal(annotations['nginx.ingress.kubernetes.io/proxy-buffering'], 'off');
  assert.ok(Number(annotations['nginx.ingress.kubernetes.io/proxy-read-timeout']) >= 3600, 'the SSE route\'s hour');
});

test('analytics runs exactly one replica; crm, kpi and the gateway at least two, with disruption budgets', () => {
  const analytics = deployment('analytics-service');
  assert.equal(analytics.spec.replicas, 1, 'the live stream is per replica: analytics runs one');
  for (const hpa of ofKind('HorizontalPodAutoscaler')) {
    const target = hpa.spec.scaleTargetRef;
    assert.equal(target.kind, 'Deployment');
    assert.ok(named('Deployment', target.name), `${hpa.metadata.name} scales a missing Deployment`);
    assert.notEqual(target.name, 'analytics-service', 'nothing scales analytics-service');
    assert.ok(hpa.spec.minReplicas >= 2 && hpa.spec.maxReplicas >= hpa.spec.minReplicas, hpa.metadata.name);
    assert.equal(named('Deployment', target.name).spec.replicas, undefined,
      `${target.name}: spec.replicas would reset the autoscaler's count on every apply`);
  }
  for (const name of ['crm-service', 'kpi-service', 'gateway']) {
    assert.ok(fewestReplicas(deployment(name)) >= 2, `${name} runs two replicas at least`);
  }
  const budgeted = new Set();
  for (const pdb of ofKind('PodDisruptionBudget')) {
    const picked = selected(pdb.spec.selector?.matchLabels);
    assert.equal(picked.length, 1, `${pdb.metadata.name} selects one Deployment`);
    const replicas = fewestReplicas(picked[0]);
    assert.ok(pdb.spec.minAvailable !== undefined && pdb.spec.minAvailable < replicas,
      `${pdb.metadata.name}: minAvailable ${pdb.spec.minAvailable} of ${replicas} would block every node drain`);
    budgeted.add(picked[0].metadata.name);
  }
  assert.deepEqual([...budgeted].sort(), ['crm-service', 'gateway', 'kpi-service']);
});

test('the README creates exactly the secrets the Deployments read, then applies the base', () => {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Kubernetes'));
  assert.ok(section, 'README.md has a "Kubernetes" section');
  assert.ok(section.includes('kubectl apply -k deploy/kubernetes'), 'how to apply');
  const created = new Map();
  for (const command of section.split(/kubectl (?:-n \S+ )?create secret generic /).slice(1)) {
    const name = command.match(/^(\S+)/)[1];
    const keys = [...command.split(/\n(?!\s)|kubectl /)[0].matchAll(/--from-literal=([a-z0-9-]+)=/g)]
      .map((match) => match[1]);
    created.set(name, keys.sort());
  }
  // the realm import's placeholders: the public URL and the services' client secret (crm-service's too)
  assert.deepEqual(created.get('stride-realm'), ['public-url', 'services-client-secret']);
  assert.match(section, /placeholders: \{STRIDE_PUBLIC_URL: \{secret: \{name: "stride-realm", key: "public-url"\}\},/);
  assert.match(section, /STRIDE_SERVICES_CLIENT_SECRET: \{secret: \{name: "stride-realm", key: "services-client-secret"\}\}/);
  created.delete('stride-realm');
  const referenced = new Map();
  for (const ref of ofKind('Deployment').flatMap(secretRefs).filter((r) => !madeByStrimzi(r.name))) {
    referenced.set(ref.name, [...new Set([...(referenced.get(ref.name) ?? []), ref.key])].sort());
  }
  assert.deepEqual(Object.fromEntries(created), Object.fromEntries(referenced));
});

test('kubectl kustomize renders the base into the namespace with the configured images', (t) => {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'pipe' });
  } catch {
    return t.skip('no kubectl on this machine');
  }
  const rendered = parseAllDocuments(execFileSync('kubectl', ['kustomize', join(root, BASE)], { encoding: 'utf8' }))
    .map((document) => document.toJS());
  assert.equal(rendered.length, objects.length, 'every object of the listed files');
  const images = new Set((kustomization.images ?? []).map((image) => `${image.newName}:${image.newTag}`));
  for (const object of rendered) {
    if (object.kind !== 'Namespace') assert.equal(object.metadata.namespace, kustomization.namespace, object.kind);
    for (const container of object.kind === 'Deployment' ? allContainers(object) : []) {
      assert.ok(images.has(container.image), `${object.metadata.name}: image ${container.image}`);
    }
  }
});

test('the gateway config rendered with the Kubernetes variables passes nginx -t', (t) => {
  const container = mainContainer(deployment('gateway'));
  const filter = new RegExp(envValue(container, 'NGINX_ENVSUBST_FILTER'));
  const env = environment(container);
  const rendered = template.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g,
    (whole, name) => (filter.test(name) && env.get(name)?.value !== undefined ? env.get(name).value : whole));
  const upstreams = [...rendered.matchAll(/^\s*server ([a-z0-9.-]+):\d+;/gm)].map((match) => match[1]);
  assert.ok(upstreams.length >= 4, 'the upstreams are rendered');
  return checkNginxConfig(t, rendered, upstreams);
});

// ----------------------------------------------------------------------------------------------
// Who may reach whom: NetworkPolicies and Kafka users
// ----------------------------------------------------------------------------------------------
/** The peers a NetworkPolicy lets in on a named or numbered port, as their selectors. */
function peersOn(policy, port) {
  return (policy.spec.ingress ?? []).filter((rule) => (rule.ports ?? []).some((p) => p.port === port))
    .flatMap((rule) => rule.from ?? [{}]);
}
const policyFor = (labels) => ofKind('NetworkPolicy').filter((policy) => matches(policy.spec.podSelector?.matchLabels, labels));

test('every pod of Stride takes connections only from the peers its NetworkPolicy names', () => {
  for (const d of ofKind('Deployment')) {
    const policies = policyFor(podLabels(d));
    assert.equal(policies.length, 1, `${d.metadata.name}: one NetworkPolicy selects its pods`);
    assert.deepEqual(policies[0].spec.policyTypes, ['Ingress'], `${d.metadata.name}: an ingress policy`);
    for (const rule of policies[0].spec.ingress) {
      assert.ok(rule.from?.length, `${d.metadata.name}: a rule open to everyone`);
      for (const port of rule.ports) {
        assert.ok(containerPort(mainContainer(d), port.port), `${d.metadata.name}: port ${port.port} is not a container port`);
      }
    }
  }
  const gateway = { podSelector: { matchLabels: { 'app.kubernetes.io/name': 'gateway' } } };
  for (const name of QUARKUS_SERVICES) {
    const policy = policyFor(podLabels(deployment(name)))[0];
    const expected = [gateway];
    if (name === 'analytics-service') {
      expected.push({ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'kpi-service' } } });
    }
    assert.deepEqual(peersOn(policy, 'http'), expected, `${name}: its API from the gateway only`);
    assert.ok(peersOn(policy, 'management').every((peer) => peer.namespaceSelector && !peer.podSelector),
      `${name}: metrics from the monitoring namespace`);
  }
  const gatewayPeers = peersOn(policyFor(podLabels(deployment('gateway')))[0], 'http');
  assert.ok(gatewayPeers.length === 1 && gatewayPeers[0].namespaceSelector, 'the gateway from the Ingress controller');
});

test('only the services (and Keycloak and the cluster itself) reach PostgreSQL', () => {
  const policy = named('NetworkPolicy', 'postgres');
  assert.ok(policy, 'a NetworkPolicy for the PostgreSQL cluster');
  const cluster = configMapValue({ name: 'stride-config', key: 'crm-datasource-jdbc-url' }).match(/\/\/([^-]+-[^-]+)-rw:/)[1];
  assert.deepEqual(policy.spec.podSelector.matchLabels, { 'cnpg.io/cluster': cluster });
  const names = peersOn(policy, 5432).map((peer) => Object.values(peer.podSelector?.matchLabels ?? {}).join());
  assert.deepEqual(names.sort(), [...QUARKUS_SERVICES, cluster, 'stride-keycloak'].sort());
  assert.ok(!peersOn(policy, 5432).some((peer) => peer.namespaceSelector), 'no other namespace on 5432');
});

test('each service is its own Kafka user, allowed exactly the topics it uses', () => {
  const topics = read('deploy/kafka-topics.txt').split('\n').map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean).map((line) => line.split(/\s+/)[0]);
  const writers = new Map();
  for (const name of QUARKUS_SERVICES) {
    const user = named('KafkaUser', name);
    assert.ok(user, `a KafkaUser ${name}`);
    assert.equal(user.spec.authentication.type, 'scram-sha-512');
    assert.equal(user.spec.authorization.type, 'simple');
    const allowed = (type, operation) => user.spec.authorization.acls
      .filter((acl) => acl.resource.type === type && acl.operations.includes(operation))
      .map((acl) => {
        assert.equal(acl.resource.patternType, 'literal', `${name}: ${acl.resource.name} by prefix`);
        return acl.resource.name;
      }).sort();
    for (const acl of user.spec.authorization.acls) {
      assert.ok(acl.resource.type !== 'topic' || topics.includes(acl.resource.name), `${name}: ${acl.resource.name}`);
      assert.ok(acl.operations.every((op) => ['Describe', 'Read', 'Write'].includes(op)), `${name}: ${acl.operations}`);
    }
    const props = properties(`${name}/src/main/resources/application.properties`);
    const channelTopics = (direction) => Object.entries(props)
      .filter(([key]) => new RegExp(`^mp\\.messaging\\.${direction}\\.[^.]+\\.topic$`).test(key))
      .map(([key, topic]) => ({ channel: key.split('.')[3], topic }));
    const consumed = channelTopics('incoming').map((c) => c.topic);
    let written;
    if (name === 'crm-service') written = topics.filter((t) => t.startsWith('crm.') && !t.endsWith('.dlq'));
    else if (name === 'kpi-service') written = ['kpi.definitions'];
    else {
      written = [...channelTopics('outgoing').filter((c) => c.channel !== 'dead-letters').map((c) => c.topic),
        ...consumed.map((topic) => `${topic}.dlq`)];
    }
    assert.deepEqual(allowed('topic', 'Write'), [...written].sort(), `${name}: the topics it writes`);
    assert.deepEqual(allowed('topic', 'Read'), [...consumed].sort(), `${name}: the topics it reads`);
    const groups = [...new Set(Object.entries(props).filter(([key]) => key.endsWith('.group.id')).map(([, v]) => v))];
    assert.deepEqual(allowed('group', 'Read'), groups.sort(), `${name}: its consumer groups`);
    for (const topic of written) {
      assert.ok(!writers.has(topic), `${topic} is written by ${writers.get(topic)} and ${name}`);
      writers.set(topic, name);
    }
    const container = mainContainer(deployment(name));
    assert.equal(envValue(container, 'KAFKA_SASL_MECHANISM'), 'SCRAM-SHA-512', `${name}: SCRAM`);
    assert.match(envValue(container, 'KAFKA_SECURITY_PROTOCOL'), /^SASL_/, `${name}: authenticated`);
  }
});

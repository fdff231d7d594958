#!/usr/bin/env node
// Demo data for the local stack, through the public API only (the same imports, events and checks as any client):
//
//   node deploy/local/demo.mjs seed   12 months of believable history for tenant acme, and its KPI trees
//   node deploy/local/demo.mjs live   keeps the CRM moving at a gentle rate (STRIDE_DEMO_RATE events/s, default 0.2)
//
// History is deterministic (a seeded generator) and imported with external ids, so seeding twice updates instead of
// duplicating. Everything goes through the gateway (STRIDE_URL, default http://localhost:8080) with tokens of the
// demo users from Keycloak's test client.

const GATEWAY = process.env.STRIDE_URL ?? 'http://localhost:8080';
const KEYCLOAK = process.env.STRIDE_KEYCLOAK_URL ?? 'http://localhost:8180/auth';
const PASSWORD = 'stride-demo-pass';
const MONTHS = 12;
const DAY = 86_400_000;

/** A small deterministic generator (mulberry32), so the same history comes out every time. */
function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (low, high) => Math.floor(low + next() * (high - low + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

async function token(username) {
  const response = await fetch(`${KEYCLOAK}/realms/stride/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'stride-test', username, password: PASSWORD }),
  });
  if (!response.ok) {
    throw new Error(`no token for ${username}: ${response.status} ${await response.text()}`);
  }
  return (await response.json()).access_token;
}

function subjectOf(accessToken) {
  return JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()).sub;
}

async function call(accessToken, method, path, body, headers = {}) {
  const response = await fetch(`${GATEWAY}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${accessToken}`,
      'Accept-Language': 'ja',
      ...(typeof body === 'string' ? { 'Content-Type': 'text/csv' } : body ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
  }
  return text ? JSON.parse(text) : undefined;
}

const csv = (rows) => rows.map((row) => row.map((cell) => {
  const text = cell === null || cell === undefined ? '' : String(cell);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}).join(',')).join('\n');

const iso = (time) => new Date(time).toISOString().slice(0, 10);

/** Import one CSV, all or nothing; returns the report. */
async function importCsv(adminToken, kind, rows) {
  const report = await call(adminToken, 'POST', `/api/crm/imports/${kind}?dryRun=false`, csv(rows));
  console.log(`  ${kind}: ${report.rows} rows (${report.created} new, ${report.updated} updated)`);
  return report;
}

const COMPANY_HEADS = ['さくら', '東京', '大阪', '北斗', '青葉', '富士', '中央', '日本', '九州', '東海', '明和', '大和',
  '新星', '光', '丸の内', '北陸', '瀬戸内', '湘南', '信州', '琉球'];
const COMPANY_TAILS = ['精機', '物産', '商事', '工業', '製作所', 'システム', 'ソリューションズ', '食品', '建設', '電機'];
const FAMILY = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田'];
const GIVEN = ['一郎', '花子', '健太', '美咲', '翔', '陽菜', '大輔', '結衣', '拓也', 'さくら'];
/** Lead sources and how often their leads become deals: referrals and partners convert best, ads worst. */
const SOURCES = [['web', 0.35, 0.22], ['referral', 0.15, 0.45], ['event', 0.15, 0.28], ['ads', 0.2, 0.1],
  ['outbound', 0.1, 0.14], ['partner', 0.05, 0.38]];
/** Japanese business seasonality: fiscal year-end (March) and half-year end (September) are busy. */
const SEASON = [1.0, 1.05, 1.35, 0.9, 0.85, 0.95, 0.9, 0.8, 1.25, 1.0, 1.05, 1.1];

async function seed() {
  const admin = await token('acme-admin');
  const reps = [
    { id: subjectOf(await token('acme-rep')), winRate: 0.34 },
    { id: subjectOf(await token('acme-rep-2')), winRate: 0.22 },
    { id: subjectOf(await token('acme-manager')), winRate: 0.28 },
  ];
  const random = generator(20261128);
  const now = Date.now();
  const start = new Date(new Date(now).getFullYear(), new Date(now).getMonth() - MONTHS, 1).getTime();
  const at = (time) => new Date(Math.min(time, now - 60_000)).toISOString();

  console.log('seeding acme with 12 months of history');
  const accounts = [];
  for (let i = 0; i < 150; i++) {
    accounts.push([`demo-account-${i}`, `${random.pick(COMPANY_HEADS)}${random.pick(COMPANY_TAILS)} ${i + 1}`,
      random.pick(['製造業', '卸売業', '小売業', '情報通信業', '建設業']),
      random.pick(['SMALL', 'MEDIUM', 'LARGE']), random.pick(reps).id]);
  }
  await importCsv(admin, 'accounts', [['externalId', 'name', 'industry', 'sizeBand', 'ownerId'], ...accounts]);

  const leads = [['externalId', 'name', 'company', 'source', 'campaign', 'ownerId', 'createdAt']];
  const deals = [['externalId', 'name', 'accountExternalId', 'amount', 'currency', 'ownerId', 'status', 'createdAt',
    'closedAt', 'lostReason']];
  const activities = [['externalId', 'type', 'subject', 'at', 'durationMinutes', 'outcome', 'completed',
    'dealExternalId', 'ownerId']];
  let lead = 0;
  let deal = 0;
  for (let month = 0; month <= MONTHS; month++) {
    const first = new Date(new Date(start).getFullYear(), new Date(start).getMonth() + month, 1);
    const days = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate();
    const season = SEASON[first.getMonth()];
    const count = Math.round(90 * season * (1 + month * 0.02));
    for (let i = 0; i < count; i++) {
      const created = first.getTime() + random.next() * days * DAY;
      if (created >= now) {
        continue;
      }
      const weights = random.next();
      let sum = 0;
      const [source, , conversion] = SOURCES.find(([, share]) => (sum += share) >= weights) ?? SOURCES[0];
      const owner = random.pick(reps);
      const company = random.pick(accounts);
      leads.push([`demo-lead-${lead++}`, `${random.pick(FAMILY)} ${random.pick(GIVEN)}`, company[1], source,
        source === 'event' ? `展示会 ${first.getMonth() + 1}月` : '', owner.id, at(created)]);
      if (!random.chance(conversion)) {
        continue;
      }
      const opened = created + random.between(3, 20) * DAY;
      if (opened >= now) {
        continue;
      }
      const amount = Math.round((300_000 + random.next() ** 2 * 4_000_000) / 10_000) * 10_000;
      const cycle = random.between(15, 75) * DAY;
      const closes = opened + cycle;
      const id = `demo-deal-${deal++}`;
      let status = 'OPEN';
      let closed = '';
      let reason = '';
      if (closes < now) {
        status = random.chance(owner.winRate) ? 'WON' : 'LOST';
        closed = at(closes);
        reason = status === 'LOST' ? random.pick(['Price', 'Lost to a competitor', 'No budget']) : '';
      }
      deals.push([id, `${company[1]} 導入案件`, company[0], amount, 'JPY', owner.id, status, at(opened), closed,
        reason]);
      const touches = random.between(2, 5);
      for (let t = 0; t < touches; t++) {
        const when = opened + (t + 1) * (cycle / (touches + 1));
        if (when < now) {
          const type = random.pick(['CALL', 'EMAIL', 'MEETING']);
          activities.push([`${id}-activity-${t}`, type, type === 'MEETING' ? '提案ミーティング' : '進捗確認',
            at(when), type === 'EMAIL' ? '' : random.between(15, 60), '', 'true', id, owner.id]);
        }
      }
    }
  }
  await importCsv(admin, 'leads', leads);
  await importCsv(admin, 'deals', deals);
  await importCsv(admin, 'activities', activities);

  const subscriptions = [['externalId', 'accountExternalId', 'plan', 'mrr', 'currency', 'startedOn', 'ownerId',
    'cancelledOn', 'cancelReason']];
  accounts.slice(0, 90).forEach((account, i) => {
    const started = start + random.next() * (now - start - 30 * DAY);
    const cancelled = random.chance(0.18) ? started + random.between(60, 300) * DAY : null;
    const plan = random.pick([['Starter', 30_000], ['Standard', 80_000], ['Enterprise', 250_000]]);
    subscriptions.push([`demo-subscription-${i}`, account[0], plan[0], plan[1], 'JPY', iso(started), account[4],
      cancelled && cancelled < now - DAY ? iso(cancelled) : '', cancelled && cancelled < now - DAY ? '他社へ乗り換え' : '']);
  });
  await importCsv(admin, 'subscriptions', subscriptions);

  // upsells and downgrades: about a third of the live subscriptions change plan once, some months after they started
  const active = await call(admin, 'GET', '/api/crm/subscriptions?status=ACTIVE&limit=200');
  let upsells = 0;
  let downgrades = 0;
  for (const subscription of active.items) {
    const started = Date.parse(subscription.startedOn);
    if (/ (Plus|Lite)$/.test(subscription.plan) || !random.chance(0.35) || now - started < 75 * DAY) {
      continue;
    }
    const up = random.chance(0.75);
    const effective = started + random.between(60, Math.floor((now - started) / DAY) - 1) * DAY;
    await call(admin, 'POST', `/api/crm/subscriptions/${subscription.id}/mrr`, {
      mrr: Math.round((Number(subscription.mrr) * (up ? 1.5 : 0.7)) / 1000) * 1000,
      effectiveOn: iso(effective), plan: `${subscription.plan} ${up ? 'Plus' : 'Lite'}` });
    up ? upsells++ : downgrades++;
  }
  console.log(`  subscription changes: ${upsells} upsells, ${downgrades} downgrades`);

  const tree = await call(admin, 'GET', '/api/kpi/tree');
  if (tree.kgis.length === 0) {
    await call(admin, 'POST', '/api/kpi/templates/sales/apply');
    await call(admin, 'POST', '/api/kpi/templates/subscription/apply');
    console.log('  KPI trees: sales team and subscription business (templates, in Japanese)');
  }
  console.log('demo data ready');
}

/** Keeps acme's CRM moving: new leads, activities, stage moves and wins, about `rate` changes a second. */
async function live(rate) {
  const random = generator(Date.now());
  const users = ['acme-rep', 'acme-rep-2'];
  let lead = 0;
  console.log(`live demo: about ${rate} CRM changes a second for acme (stop with the stack)`);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, (1000 / rate) * (0.5 + random.next())));
    try {
      const user = await token(random.pick(users));
      const roll = random.next();
      if (roll < 0.35) {
        await call(user, 'POST', '/api/crm/leads', { name: `${random.pick(FAMILY)} ${random.pick(GIVEN)}`,
          company: `${random.pick(COMPANY_HEADS)}${random.pick(COMPANY_TAILS)}`, source: random.pick(SOURCES)[0],
          campaign: `live-${lead++}` });
      } else {
        const open = await call(user, 'GET', `/api/crm/deals?status=OPEN&owner=${subjectOf(user)}&limit=50`);
        const target = open.items.length ? random.pick(open.items) : null;
        if (!target) {
          await call(user, 'POST', '/api/crm/deals', { name: 'ライブデモ案件', amount: random.between(30, 300) * 10_000,
            currency: 'JPY' });
        } else if (roll < 0.6) {
          await call(user, 'POST', '/api/crm/activities', { type: random.pick(['CALL', 'EMAIL', 'MEETING']),
            subject: '進捗確認', at: new Date().toISOString(), dealId: target.id });
        } else if (roll < 0.85) {
          await call(user, 'POST', `/api/crm/deals/${target.id}/win`, {});
        } else {
          await call(user, 'POST', `/api/crm/deals/${target.id}/lose`, { reason: 'Price' });
        }
      }
    } catch (error) {
      console.error(`live demo: ${error.message}`);
    }
  }
}

const [command] = process.argv.slice(2);
if (command === 'seed') {
  await seed();
} else if (command === 'live') {
  await live(Number(process.env.STRIDE_DEMO_RATE ?? '0.2'));
} else {
  console.error('usage: node deploy/local/demo.mjs seed|live');
  process.exit(2);
}

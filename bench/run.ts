/**
 * `npm run bench`: measures the API beside a bare Express endpoint, ID-token issuance beside raw
 * jose signing, start-up, memory and the storefront, on a generated catalog of 10,000 listings,
 * all in one run on this machine (DESIGN.md "Quality bars"). `npm run bench -- --soak` holds a
 * mixed read/launch load for 60 s instead. Prints a table and writes bench/results.json.
 *
 * `npm run bench -- --frontend` measures only the storefront (cheap-phone LCP and bytes) on the seed catalog.
 *
 * Options: --soak, --frontend, --quick (short runs, to try the harness), --duration <s> (per API figure),
 * --connections <n>, --listings <n>, --build (rebuild the storefront first), --keep (keep DATA_DIR),
 * --processes <n|auto> (PROCESSES of the platform; default auto, one per core).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startBaseline } from './baseline-server.ts';
import {
  BENCH_MUNICIPALITY,
  type GeneratedCatalog,
  generateCatalog,
  SEARCH_WORDS,
} from './catalog-generator.ts';
import { cheapPhoneRows, ensureBuilt, initialJavaScript, largestContentfulPaint } from './frontend.ts';
import { prepareCode, redeem } from './launch-flow.ts';
import { closedLoop, comparePair, load, type Measurement, type Pair } from './measure.ts';
import { formatTable, RESULTS_FILE, type Row, writeResults } from './report.ts';
import { processMemory, type RunningServer, sleep, startServer } from './server-process.ts';
import { measureTokenIssuance, setUpLaunch } from './token-issuance.ts';

const { values: args } = parseArgs({
  options: {
    soak: { type: 'boolean', default: false },
    frontend: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    duration: { type: 'string' },
    connections: { type: 'string', default: '50' },
    listings: { type: 'string', default: '10000' },
    build: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    /** PROCESSES for the platform: 'auto' is one per core, as a one-machine deployment runs it. */
    processes: { type: 'string', default: 'auto' },
  },
});

const CONNECTIONS = Number(args.connections);
const DURATION = Number(args.duration ?? (args.quick ? 2 : 10));
const WARMUP = args.quick ? 1 : 3;
const ROUNDS = args.quick ? 1 : 2;
const LISTINGS = Number(args.listings);
/** Issue 10's table. */
const GOAL = {
  listRatio: 1.2,
  searchRatio: 1.2,
  searchP99Ms: 30,
  detailRatio: 1.2,
  tokenRatio: 0.6,
  firstBootMs: 2000,
  restartMs: 1000,
  rssMb: 200,
  jsGzipKb: 150,
  lcpMs: 1000,
};

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function prepareData(dataDir: string): Promise<GeneratedCatalog> {
  const t0 = performance.now();
  const catalog = await generateCatalog(dataDir, LISTINGS);
  log(
    `generated ${catalog.listings} listings in ${((performance.now() - t0) / 1000).toFixed(1)} s ` +
      `(${catalog.offeredSlugs.length} offered by ${BENCH_MUNICIPALITY}; planted ${JSON.stringify(catalog.planted)})`,
  );
  return catalog;
}

/** First boot (seeds, generates keys), then restarts; the last one stays up for the measurements. */
async function measureStartup(dataDir: string, restarts: number) {
  const first = await startServer({ dataDir, env: { PROCESSES: args.processes } });
  log(`first boot ready in ${first.readyMs.toFixed(0)} ms`);
  await first.stop();
  const times: number[] = [];
  let server: RunningServer | undefined;
  for (let i = 0; i < restarts; i += 1) {
    if (server) await server.stop();
    server = await startServer({ dataDir, env: { PROCESSES: args.processes } });
    times.push(server.readyMs);
  }
  log(`restarts ready in ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  const sorted = [...times].sort((a, b) => a - b);
  return {
    server: server as RunningServer,
    firstMs: first.readyMs,
    restartMs: sorted[Math.floor(sorted.length / 2)] as number,
  };
}

const pairRow = (name: string, pair: Pair, goalRatio: number, p99Goal?: number): Row => {
  const ratio = pair.api.rps / pair.baseline.rps;
  const p99Ok = p99Goal === undefined || pair.api.p99 <= p99Goal;
  return {
    name,
    rps: pair.api.rps,
    p50: pair.api.p50,
    p99: pair.api.p99,
    ratio,
    goal: `ratio >= ${goalRatio}${p99Goal === undefined ? '' : `, p99 <= ${p99Goal} ms`}`,
    pass: ratio >= goalRatio && p99Ok && pair.api.errors === 0,
    note: `baseline ${pair.baseline.rps.toFixed(0)} req/s, p50 ${pair.baseline.p50.toFixed(1)} ms, p99 ${pair.baseline.p99.toFixed(1)} ms; ${pair.api.errors} errors${pair.api.errors > 0 ? ` ${JSON.stringify(pair.api.errorKinds)}` : ''}`,
  };
};

async function benchmarks(dataDir: string, workDir: string) {
  ensureBuilt(args.build);
  const catalog = await prepareData(dataDir);
  const rows: Row[] = [];
  const details: Record<string, unknown> = { catalog };

  const { server, firstMs, restartMs } = await measureStartup(dataDir, args.quick ? 1 : 3);
  rows.push({
    name: `start-up to ready, first boot (${LISTINGS} listings)`,
    rps: null,
    p50: null,
    p99: null,
    ratio: null,
    value: firstMs,
    unit: 'ms',
    goal: `<= ${GOAL.firstBootMs} ms`,
    pass: firstMs <= GOAL.firstBootMs,
  });
  rows.push({
    name: `start-up to ready, restart (${LISTINGS} listings)`,
    rps: null,
    p50: null,
    p99: null,
    ratio: null,
    value: restartMs,
    unit: 'ms',
    goal: `<= ${GOAL.restartMs} ms`,
    pass: restartMs <= GOAL.restartMs,
  });

  try {
    const scenarios = {
      'catalog list page (24 items)': `/api/v1/apps?municipality=${BENCH_MUNICIPALITY}&page=2`,
      [`search, common word "${SEARCH_WORDS.common}"`]: `/api/v1/apps?q=${SEARCH_WORDS.common}`,
      [`search, rare word "${SEARCH_WORDS.rare}"`]: `/api/v1/apps?q=${SEARCH_WORDS.rare}`,
      [`search, typo "${SEARCH_WORDS.typo}"`]: `/api/v1/apps?q=${SEARCH_WORDS.typo}`,
      'app detail': `/api/v1/apps/${catalog.sampleSlug}`,
    };
    const bodies: Record<string, { body: string; contentType: string }> = {};
    const baselinePaths: Record<string, string> = {};
    for (const [index, [name, apiPath]] of Object.entries(scenarios).entries()) {
      const response = await fetch(`${server.url}${apiPath}`);
      const body = await response.text();
      if (response.status !== 200) throw new Error(`${apiPath}: ${response.status} ${body}`);
      const parsed = JSON.parse(body) as { items?: unknown[]; total?: number };
      log(
        `${name}: ${body.length} bytes${parsed.items ? `, ${parsed.items.length} of ${parsed.total} items` : ''}`,
      );
      if (name.startsWith('search') && (parsed.total ?? 0) === 0) throw new Error(`${name} finds nothing`);
      baselinePaths[name] = `/b/${index}`;
      bodies[`/b/${index}`] = {
        body,
        contentType: response.headers.get('content-type') ?? 'application/json',
      };
    }
    const baseline = await startBaseline(bodies, workDir);
    try {
      for (const [name, apiPath] of Object.entries(scenarios)) {
        log(`measuring ${name} (${DURATION} s each, ${CONNECTIONS} connections, alternating with baseline)`);
        const pair = await comparePair(
          { url: server.url, path: apiPath },
          { url: baseline.url, path: baselinePaths[name] as string },
          { connections: CONNECTIONS, duration: DURATION, warmup: WARMUP, rounds: ROUNDS },
        );
        details[name] = pair;
        if (name.startsWith('search')) rows.push(pairRow(name, pair, GOAL.searchRatio, GOAL.searchP99Ms));
        else rows.push(pairRow(name, pair, name === 'app detail' ? GOAL.detailRatio : GOAL.listRatio));
      }
    } finally {
      await baseline.stop();
    }

    log('measuring ID-token issuance at the token endpoint beside raw jose signing');
    const token = await measureTokenIssuance(
      { url: server.url, dataDir },
      {
        connections: CONNECTIONS,
        seconds: DURATION,
        maxCodes: args.quick ? 300 : 4000,
      },
    );
    details.tokenIssuance = token;
    log(
      `prepared ${token.prepared} codes through the real launch flow (${token.preparedPerSecond.toFixed(0)}/s); ` +
        `ID token claims: ${token.sampleClaims.join(', ')}`,
    );
    const tokenRatio = token.token.rps / token.jose.rps;
    rows.push({
      name: 'ID-token issuance (token endpoint)',
      rps: token.token.rps,
      p50: token.token.p50,
      p99: token.token.p99,
      ratio: tokenRatio,
      goal: `ratio >= ${GOAL.tokenRatio}`,
      pass: tokenRatio >= GOAL.tokenRatio && token.token.errors === 0,
      note: `${token.token.requests} codes redeemed, ${token.token.errors} errors`,
    });
    rows.push({
      name: 'baseline: jose SignJWT, same claims (in-process)',
      rps: token.jose.rps,
      p50: token.jose.p50,
      p99: token.jose.p99,
      ratio: null,
      goal: '(baseline)',
      pass: true,
    });

    const memory = await processMemory(server.pid);
    details.memory = memory;
    rows.push(memoryRow(`server RSS after the run (PROCESSES=${args.processes})`, memory));

    const js = await initialJavaScript();
    details.initialJavaScript = js;
    rows.push({
      name: 'storefront initial JS (gzip)',
      rps: null,
      p50: null,
      p99: null,
      ratio: null,
      value: js.gzipKb,
      unit: 'KB',
      goal: `<= ${GOAL.jsGzipKb} KB`,
      pass: js.gzipKb <= GOAL.jsGzipKb,
      note: `${js.rawKb.toFixed(0)} KB raw in ${js.files.length} file(s)`,
    });

    log('measuring largest contentful paint in headless Chromium');
    try {
      const lcp = await largestContentfulPaint(
        { home: `${server.url}/`, 'app page': `${server.url}/apps/${catalog.sampleSlug}` },
        args.quick ? 1 : 3,
      );
      details.lcp = lcp;
      for (const [page, figure] of Object.entries(lcp)) {
        rows.push({
          name: `LCP ${page} (median of cold loads)`,
          rps: null,
          p50: figure.p50,
          p99: figure.p99,
          ratio: null,
          value: figure.p50,
          unit: 'ms',
          goal: `<= ${GOAL.lcpMs} ms`,
          pass: figure.p50 <= GOAL.lcpMs,
          note: `LCP element: ${figure.element}`,
        });
      }
      log('measuring a first load on the throttled cheap phone');
      const phone = await cheapPhoneRows(
        { home: `${server.url}/`, 'app page': `${server.url}/apps/${catalog.sampleSlug}` },
        args.quick ? 1 : 3,
      );
      details.cheapPhone = phone.details;
      rows.push(...phone.rows);
    } catch (error) {
      // No Chromium here (set CHROMIUM_PATH): the other figures still count.
      rows.push({
        name: 'LCP (not measured)',
        rps: null,
        p50: null,
        p99: null,
        ratio: null,
        goal: `<= ${GOAL.lcpMs} ms`,
        pass: false,
        note: `Chromium failed: ${(error as Error).message.split('\n')[0]}`,
      });
    }
  } finally {
    await server.stop();
  }
  if (args.processes !== '1') {
    log('measuring the restart and the memory of one process after the same kinds of load');
    const { memory, readyMs } = await oneProcess(dataDir, catalog.sampleSlug, args.quick ? 300 : 1500);
    details.oneProcessMemory = memory;
    details.oneProcessRestartMs = readyMs;
    rows.push({
      name: `start-up to ready, restart, one process (PROCESSES=1)`,
      rps: null,
      p50: null,
      p99: null,
      ratio: null,
      value: readyMs,
      unit: 'ms',
      goal: `<= ${GOAL.restartMs} ms`,
      pass: readyMs <= GOAL.restartMs,
    });
    rows.push(memoryRow('server RSS after the run (PROCESSES=1)', memory));
  }
  return { rows, details };
}

function memoryRow(name: string, memory: Awaited<ReturnType<typeof processMemory>>): Row {
  return {
    name,
    rps: null,
    p50: null,
    p99: null,
    ratio: null,
    value: memory.rssMb,
    unit: 'MB',
    goal: `<= ${GOAL.rssMb} MB`,
    pass: memory.rssMb <= GOAL.rssMb,
    note:
      `peak ${memory.peakMb.toFixed(0)} MB; ${memory.processes} process(es) added up; ` +
      `PSS ${memory.pssMb.toFixed(0)} MB (pages shared between processes counted once)`,
  };
}

/**
 * The smallest deployment (PROCESSES=1): its restart on the same data, then its memory after the
 * same reads and a run of token redemptions as the main measurement, shorter.
 */
async function oneProcess(dataDir: string, sampleSlug: string, codes: number) {
  const server = await startServer({ dataDir, env: { PROCESSES: '1' } });
  try {
    for (const apiPath of [
      `/api/v1/apps?municipality=${BENCH_MUNICIPALITY}&page=2`,
      `/api/v1/apps?q=${SEARCH_WORDS.common}`,
      `/api/v1/apps?q=${SEARCH_WORDS.rare}`,
      `/api/v1/apps?q=${SEARCH_WORDS.typo}`,
      `/api/v1/apps/${sampleSlug}`,
    ]) {
      await autocannon({ url: `${server.url}${apiPath}`, connections: CONNECTIONS, duration: DURATION / 2 });
    }
    await measureTokenIssuance(
      { url: server.url, dataDir },
      { connections: CONNECTIONS, seconds: DURATION / 2, maxCodes: codes },
    );
    return { memory: await processMemory(server.pid), readyMs: server.readyMs };
  } finally {
    await server.stop();
  }
}

/** Only the storefront figures, on the seed catalog: a quick look while working on the client. */
async function frontendOnly(dataDir: string) {
  ensureBuilt(args.build);
  const server = await startServer({ dataDir, env: { PROCESSES: args.processes } });
  try {
    const list = (await (await fetch(`${server.url}/api/v1/apps?pageSize=1`)).json()) as {
      items: { slug: string }[];
    };
    const slug = list.items[0]?.slug;
    if (!slug) throw new Error('the seed catalog has no app');
    log(`measuring a first load on the throttled cheap phone (home and /apps/${slug})`);
    const phone = await cheapPhoneRows(
      { home: `${server.url}/`, 'app page': `${server.url}/apps/${slug}` },
      args.quick ? 1 : 3,
    );
    return { rows: phone.rows, details: { cheapPhone: phone.details } };
  } finally {
    await server.stop();
  }
}

/** 60 s of mixed reads (autocannon) and full launches (login hint to ID token), RSS sampled. */
async function soak(dataDir: string) {
  const catalog = await prepareData(dataDir);
  const seconds = args.quick ? 15 : 60;
  const server = await startServer({ dataDir, env: { PROCESSES: args.processes } });
  try {
    const { resident, client } = await setUpLaunch({ url: server.url, dataDir });
    const readPaths = [
      `/api/v1/apps?municipality=${BENCH_MUNICIPALITY}&page=2`,
      `/api/v1/apps?q=${SEARCH_WORDS.common}`,
      `/api/v1/apps?q=${SEARCH_WORDS.typo}`,
      `/api/v1/apps/${catalog.sampleSlug}`,
      '/api/v1/categories',
    ];
    // Warm up, then take the starting memory.
    await load({
      url: server.url,
      connections: 8,
      duration: 3,
      requests: readPaths.map((p) => ({ path: p })),
    });
    const samples: { at: number; rssMb: number }[] = [];
    const t0 = performance.now();
    samples.push({ at: 0, rssMb: (await processMemory(server.pid)).rssMb });
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        await sleep(5_000);
        if (!sampling) break;
        samples.push({ at: (performance.now() - t0) / 1000, rssMb: (await processMemory(server.pid)).rssMb });
      }
    })();
    const failures: string[] = [];
    const [reads, launches] = await Promise.all([
      load({
        url: server.url,
        connections: 16,
        duration: seconds,
        requests: readPaths.map((p) => ({ path: p })),
      }),
      closedLoop(
        async () => {
          try {
            await redeem(client, await prepareCode(resident, client));
          } catch (error) {
            if (failures.length < 5) failures.push((error as Error).message);
            throw error;
          }
        },
        { concurrency: 4, seconds },
      ),
    ]);
    sampling = false;
    await sampler;
    samples.push({ at: (performance.now() - t0) / 1000, rssMb: (await processMemory(server.pid)).rssMb });
    const start = samples[0]?.rssMb ?? Number.NaN;
    const end = samples[samples.length - 1]?.rssMb ?? Number.NaN;
    // Garbage collection makes single samples swing; compare the first and the last third.
    const third = Math.max(1, Math.floor(samples.length / 3));
    const mean = (list: { rssMb: number }[]) => list.reduce((sum, s) => sum + s.rssMb, 0) / list.length;
    const early = mean(samples.slice(0, third));
    const late = mean(samples.slice(-third));
    const peak = Math.max(...samples.map((s) => s.rssMb));
    const errors = reads.errors + launches.errors;
    const rows: Row[] = [
      soakRow(`soak reads (${seconds} s, 16 connections)`, reads),
      soakRow(`soak launches (${seconds} s, 4 at a time, hint to ID token)`, launches),
      {
        name: 'soak errors',
        rps: null,
        p50: null,
        p99: null,
        ratio: null,
        value: errors,
        unit: 'errors',
        goal: '0',
        pass: errors === 0,
        note: failures.join(' | '),
      },
      {
        name: 'soak server RSS start -> end',
        rps: null,
        p50: null,
        p99: null,
        ratio: null,
        value: end,
        unit: 'MB',
        goal: 'flat: last third <= first third + 10%',
        pass: late <= early * 1.1,
        note: `start ${start.toFixed(0)} MB, end ${end.toFixed(0)} MB, peak ${peak.toFixed(0)} MB; mean of first third ${early.toFixed(0)} MB, of last third ${late.toFixed(0)} MB`,
      },
    ];
    return { rows, details: { samples, reads, launches, failures } };
  } finally {
    await server.stop();
  }
}

function soakRow(name: string, m: Measurement): Row {
  return {
    name,
    rps: m.rps,
    p50: m.p50,
    p99: m.p99,
    ratio: null,
    goal: '0 errors',
    pass: m.errors === 0,
    note: `${m.requests} completed, ${m.errors} errors`,
  };
}

async function main() {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'inwonercloud-bench-'));
  const dataDir = path.join(workDir, 'data');
  try {
    const { rows, details } = args.soak
      ? await soak(dataDir)
      : args.frontend
        ? await frontendOnly(dataDir)
        : await benchmarks(dataDir, workDir);
    const table = formatTable(rows);
    process.stdout.write(`\n${table}\n\n`);
    for (const row of rows.filter((r) => r.note)) process.stdout.write(`- ${row.name}: ${row.note}\n`);
    await writeResults(args.soak ? 'soak' : args.frontend ? 'frontend' : 'benchmarks', {
      options: { connections: CONNECTIONS, duration: DURATION, listings: LISTINGS, quick: args.quick },
      rows,
      table,
      details,
    });
    process.stdout.write(`\nwritten to ${path.relative(process.cwd(), RESULTS_FILE)}\n`);
  } finally {
    if (args.keep) log(`kept ${dataDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

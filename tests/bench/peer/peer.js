// Veldwerk beside PouchDB on the same data, in one run (tools/bench.sh runs this after building):
// tablet A's answers go up to a server on loopback and down to a fresh tablet B, on each side in
// turn (alternating which goes first), every process on its own so each peak RSS is its own, the
// bytes counted by the same relay in front of both servers. Prints one table of medians.
//   node peer.js --bin BUILD_DIR [--cases 1000] [--answers 20] [--reps 3] [--small]
// --small adds the figures of the smaller benches (write overhead, forms, sync memory).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const { spawn, fork, execFileSync } = require('child_process');
const { startRelay } = require('./relay');

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
}
const bin = path.resolve(option('bin', 'build/bench'));
const cases = Number(option('cases', '1000'));
const perCase = Number(option('answers', '20'));
const reps = Number(option('reps', '3'));
const small = args.includes('--small');
const sides = option('sides', 'veldwerk,pouchdb').split(',');
const serverBin = path.join(bin, 'sync/server/veldwerk-server');
const tabletBin = path.join(bin, 'tests/bench/peer/bench_peer_tablet');
const user = 'anna';
const password = 'gebruiker-wachtwoord-1';

function lines(child) {
  const rl = readline.createInterface({ input: child.stdout });
  const queue = [];
  const waiting = [];
  rl.on('line', (l) => (waiting.length ? waiting.shift()(l) : queue.push(l)));
  return () => (queue.length ? Promise.resolve(queue.shift()) : new Promise((r) => waiting.push(r)));
}

function exited(child) {
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${child.spawnargs.join(' ')} exited ${code}`))));
  });
}

// Runs one tablet process: waits for "ready", counts the bytes of its sync only.
async function tablet(command, argv, relay) {
  const child = spawn(command, argv, { stdio: ['pipe', 'pipe', 'inherit'] });
  const done = exited(child);
  const next = lines(child);
  const ready = await next();
  if (ready !== 'ready') throw new Error(`${command}: ${ready}`);
  const up = relay.counts.up;
  const down = relay.counts.down;
  child.stdin.write('go\n');
  const result = JSON.parse(await next());
  await done;
  result.bytes = relay.counts.up - up + relay.counts.down - down;
  return result;
}

function peakRssKb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)[1]);
}

async function veldwerkRun(dir) {
  const db = path.join(dir, 'server.db');
  const env = { ...process.env, VELDWERK_PASSWORD: password };
  const admin = (...a) => execFileSync(serverBin, ['admin', '--db', db, ...a], { env, stdio: 'pipe' });
  admin('org', 'add', 'JGT Utrecht', '--kind', 'jgt');
  admin('team', 'add', 'Team Noord', '--org', 'JGT Utrecht');
  admin('user', 'add', user, '--org', 'JGT Utrecht', '--role', 'jgt', '--team', 'Team Noord');
  const server = spawn(serverBin, ['serve', '--db', db, '--listen', '127.0.0.1:0', '--insecure-loopback'],
    { stdio: ['ignore', 'pipe', 'ignore'] });
  const port = Number(/:(\d+)$/.exec(await lines(server)())[1]);
  const relay = await startRelay(port);
  try {
    const url = `http://127.0.0.1:${relay.port}`;
    const common = ['--url', url, '--cases', String(cases), '--answers', String(perCase)];
    const a = await tablet(tabletBin, ['a', '--dir', path.join(dir, 'a'), ...common], relay);
    const b = await tablet(tabletBin, ['b', '--dir', path.join(dir, 'b'), ...common], relay);
    if (b.answers !== cases * perCase) throw new Error(`Veldwerk tablet B holds ${b.answers} answers`);
    return { a, b, serverRssKb: peakRssKb(server.pid), floor: a.floor_seconds + b.floor_seconds };
  } finally {
    await relay.close();
    const gone = new Promise((r) => server.on('exit', r));
    server.kill('SIGTERM');
    await gone;
  }
}

async function pouchRun(dir) {
  const server = fork(path.join(__dirname, 'pouch_server.js'), [path.join(dir, 'server')],
    { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const message = () => new Promise((r) => server.once('message', r));
  const { listening } = await message();
  const relay = await startRelay(listening);
  try {
    const url = `http://127.0.0.1:${relay.port}`;
    const script = path.join(__dirname, 'pouch_tablet.js');
    const a = await tablet(process.execPath, [script, 'a', url, dir, String(cases), String(perCase)], relay);
    const b = await tablet(process.execPath, [script, 'b', url, dir, String(cases), String(perCase)], relay);
    if (b.answers !== cases * perCase) throw new Error(`PouchDB tablet B holds ${b.answers} answers`);
    server.send('rss');
    const { peak_rss_kb: serverRssKb } = await message();
    return { a, b, serverRssKb };
  } finally {
    await relay.close();
    if (server.exitCode === null) server.kill('SIGTERM');
  }
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function smallFigures() {
  const run = (name, ...a) => execFileSync(path.join(bin, 'tests/bench', name), a, { encoding: 'utf8' });
  return [
    ['write overhead (bench_write_overhead)', run('write_overhead/bench_write_overhead')],
    ['forms (bench_forms)', run('forms/bench_forms')],
    ['sync memory (bench_sync_memory)', run('sync_memory/bench_sync_memory')],
  ];
}

async function main() {
  const runs = { veldwerk: [], pouchdb: [] };
  for (let r = 0; r < reps; r += 1) {
    const order = r % 2 === 0 ? ['veldwerk', 'pouchdb'] : ['pouchdb', 'veldwerk'];
    for (const side of order.filter((x) => sides.includes(x))) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `veldwerk-peer-${side}-`));
      try {
        const result = side === 'veldwerk' ? await veldwerkRun(dir) : await pouchRun(dir);
        runs[side].push(result);
        process.stderr.write(`rep ${r + 1}/${reps} ${side}: A up ${result.a.seconds.toFixed(2)} s, B down ${result.b.seconds.toFixed(2)} s\n`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  const fig = (side) => {
    const rs = runs[side];
    return {
      up: median(rs.map((x) => x.a.seconds)),
      down: median(rs.map((x) => x.b.seconds)),
      total: median(rs.map((x) => x.a.seconds + x.b.seconds)),
      bytes: median(rs.map((x) => x.a.bytes + x.b.bytes)),
      rssA: median(rs.map((x) => x.a.peak_rss_kb)) / 1024,
      rssB: median(rs.map((x) => x.b.peak_rss_kb)) / 1024,
      rssServer: median(rs.map((x) => x.serverRssKb)) / 1024,
    };
  };
  if (sides.length < 2) {
    console.log(JSON.stringify(runs, null, 1));
    return;
  }
  const v = fig('veldwerk');
  const p = fig('pouchdb');
  const floor = median(runs.veldwerk.map((x) => x.floor));
  const row = (label, a, b, unit, digits = 2) => {
    const ratio = b ? `${(a / b).toFixed(2)}x` : '';
    console.log(`| ${label} | ${a.toFixed(digits)} ${unit} | ${b.toFixed(digits)} ${unit} | ${ratio} |`);
  };
  console.log(`\n${cases} cases x ${perCase} answers = ${cases * perCase} answers (PouchDB: ${cases} documents of ${perCase} answers); medians of ${reps} alternating repetitions; ${os.cpus().length} cores (${os.cpus()[0].model})\n`);
  console.log('| | Veldwerk | PouchDB | Veldwerk / PouchDB |');
  console.log('|---|---|---|---|');
  row('**A -> server -> B**', v.total, p.total, 's');
  row('A up', v.up, p.up, 's');
  row('B down (fresh)', v.down, p.down, 's');
  row('bytes on the wire (both syncs, headers included)', v.bytes / 1e6, p.bytes / 1e6, 'MB');
  row('peak RSS tablet A', v.rssA, p.rssA, 'MB', 1);
  row('peak RSS tablet B', v.rssB, p.rssB, 'MB', 1);
  row('peak RSS server', v.rssServer, p.rssServer, 'MB', 1);
  console.log(`| floor: the ${cases * perCase} rows inserted into SQLCipher on A and on B | ${floor.toFixed(3)} s | | Veldwerk ${(v.total / floor).toFixed(1)}x the floor, PouchDB ${(p.total / floor).toFixed(1)}x |`);
  console.log(`| **Veldwerk faster than PouchDB** | ${(p.total / v.total).toFixed(2)}x | | aim >= 10x, within 3x of the floor |`);
  if (small) {
    for (const [title, out] of smallFigures()) {
      const body = out.trim().split('\n').map((l) => l.trim()).filter((l) => l).join('<br>');
      console.log(`| ${title} | ${body} | | |`);
    }
  }
}

main().catch((e) => { console.error(e); process.exit(1); });

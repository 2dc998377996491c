// One PouchDB device of the comparison, in its own process (LevelDB on disk, like a tablet's).
//   node pouch_tablet.js a|b URL DIR CASES ANSWERS
// a writes one document per assessment holding its ANSWERS answers (not timed), then on "go"
// replicates up; b replicates everything down into a fresh database. Reports like
// bench_peer_tablet: seconds, documents and answers held, peak RSS.
'use strict';
const path = require('path');
const readline = require('readline');
const PouchDB = require('pouchdb-node');

const [role, url, dir, casesArg, answersArg] = process.argv.slice(2);
const cases = Number(casesArg);
const perCase = Number(answersArg);
const jnv = ['ja', 'nee', 'onbekend'];

async function fill(db) {
  const docs = [];
  for (let c = 0; c < cases; c += 1) {
    const answers = {};
    for (let i = 0; i < perCase; i += 1) {
      answers[`item_${i}`] = jnv[(c + i) % 3];
    }
    docs.push({ _id: `assessment-${String(c).padStart(6, '0')}`, case: `case-${c}`, form: 'risicotaxatie', answers });
  }
  // One write per assessment, as a device saves while it is filled in.
  for (const d of docs) {
    await db.put(d);
  }
}

async function main() {
  const db = new PouchDB(path.join(dir, `tablet-${role}`));
  if (role === 'a') {
    await fill(db);
  }
  process.stdout.write('ready\n');
  const rl = readline.createInterface({ input: process.stdin });
  await new Promise((resolve) => rl.once('line', resolve));
  rl.close();
  const remote = new PouchDB(`${url}/bench`);
  const start = process.hrtime.bigint();
  if (role === 'a') {
    await PouchDB.replicate(db, remote);
  } else {
    await PouchDB.replicate(remote, db);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const all = await db.allDocs({ include_docs: true });
  let answers = 0;
  for (const row of all.rows) {
    answers += Object.keys(row.doc.answers || {}).length;
  }
  await db.close();
  process.stdout.write(`${JSON.stringify({ seconds, answers, docs: all.rows.length, peak_rss_kb: process.resourceUsage().maxRSS })}\n`);
}

main().catch((e) => { console.error(e); process.exit(1); });

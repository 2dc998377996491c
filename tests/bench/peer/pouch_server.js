// The PouchDB side's server: express-pouchdb over pouchdb-node (LevelDB) on loopback, in its own
// process. Prints "listening PORT"; answers the message "rss" with its peak RSS, then exits.
'use strict';
const fs = require('fs');
const path = require('path');
const express = require('express');
const PouchDB = require('pouchdb-node');

const dir = process.argv[2];
fs.mkdirSync(dir, { recursive: true });
const Db = PouchDB.defaults({ prefix: path.join(dir, path.sep) });
const app = express();
app.use('/', require('express-pouchdb')(Db, { mode: 'minimumForPouchDB', inMemoryConfig: true }));
const server = app.listen(0, '127.0.0.1', () => {
  process.send({ listening: server.address().port });
});
process.on('message', (m) => {
  if (m === 'rss') {
    process.send({ peak_rss_kb: process.resourceUsage().maxRSS });
    server.close();
    process.exit(0);
  }
});

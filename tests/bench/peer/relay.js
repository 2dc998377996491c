// A loopback TCP relay that counts the bytes each way: the same meter in front of both servers,
// so "bytes on the wire" means the same for Veldwerk and PouchDB (HTTP headers included).
'use strict';
const net = require('net');

function startRelay(targetPort) {
  const counts = { up: 0, down: 0 };
  const server = net.createServer((client) => {
    client.setNoDelay(true);
    const upstream = net.connect(targetPort, '127.0.0.1');
    upstream.setNoDelay(true);
    client.on('data', (d) => { counts.up += d.length; });
    upstream.on('data', (d) => { counts.down += d.length; });
    client.pipe(upstream);
    upstream.pipe(client);
    const close = () => { client.destroy(); upstream.destroy(); };
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', close);
    upstream.on('close', close);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      port: server.address().port,
      counts,
      close: () => new Promise((r) => server.close(() => r())),
    }));
  });
}

module.exports = { startRelay };

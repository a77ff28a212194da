'use strict';
// `publicitycheck serve --manifest FILE`: the manifest the command writes names the address the server bound, and
// is the one it serves. Over HTTPS on loopback with a certificate made for the test (openssl), given to Kestrel
// through its configuration variables. Needs the .NET SDK; builds the CLI if need be.
const { describe, it, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const https = require('node:https');
const os = require('node:os');
const path = require('node:path');
const { dll, ensureBuilt, samples } = require('../support/server');

const openssl = spawnSync('openssl', ['version']).status === 0;
const skip = openssl || ['1', 'true'].includes(process.env.PUBLICITYCHECK_REQUIRE_TOOLS) ? false
  : "openssl is not installed: install it with 'apt-get install openssl' to run this test (it makes the test's certificate).";

/** Runs `publicitycheck serve ARGS` in samples/ until `until(output)` holds or it exits; resolves with its output, code and a stop(). */
function serve(args, env, until) {
  const child = spawn('dotnet', [dll, 'serve', ...args], {
    cwd: samples, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', ...env },
  });
  const result = { stdout: '', stderr: '', code: null };
  const stop = () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ } };
  return new Promise((resolve) => {
    const done = () => resolve({ ...result, stop });
    const timer = setTimeout(() => { stop(); done(); }, 60_000);
    const look = () => { if (until(result)) { clearTimeout(timer); done(); } };
    child.stdout.on('data', (d) => { result.stdout += d; look(); });
    child.stderr.on('data', (d) => { result.stderr += d; look(); });
    child.on('exit', (code) => { result.code = code; clearTimeout(timer); done(); });
  });
}

/** GETs url, trusting only the test's own certificate. */
function get(url, ca) {
  return new Promise((resolve, reject) => {
    https.get(url, { ca }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (d) => { body += d; });
      response.on('end', () => resolve({ status: response.statusCode, type: response.headers['content-type'], body }));
    }).on('error', reject);
  });
}

describe('publicitycheck serve --manifest', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'publicitycheck-manifest-'));
  const running = [];
  after(() => { running.forEach((s) => s.stop()); fs.rmSync(folder, { recursive: true, force: true }); });

  it('writes the manifest for the https address bound, the same one the server serves', { timeout: 300_000, skip }, async () => {
    ensureBuilt();
    const cert = path.join(folder, 'localhost.crt');
    const key = path.join(folder, 'localhost.key');
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', key, '-out', cert], { encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    const file = path.join(folder, 'out', 'publicitycheck-manifest.xml');

    const server = await serve(['--urls', 'https://127.0.0.1:0', '--manifest', file],
      { Kestrel__Certificates__Default__Path: cert, Kestrel__Certificates__Default__KeyPath: key },
      (r) => r.stdout.includes('manifest'));
    running.push(server);

    const bound = /listening on (https:\/\/127\.0\.0\.1:(\d+))/.exec(server.stdout);
    assert.ok(bound, `no address in:\n${server.stdout}${server.stderr}`);
    assert.notEqual(bound[2], '0');
    assert.match(server.stdout, new RegExp(`wrote the Word add-in's manifest to ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const written = fs.readFileSync(file, 'utf8');
    const addresses = [...written.matchAll(/DefaultValue="(https?:[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1] ?? m[2]);
    assert.equal(addresses.length, 10);
    for (const address of addresses) { assert.ok(address.startsWith(bound[1]), `${address} is not on ${bound[1]}`); }
    assert.match(written, new RegExp(`<SourceLocation DefaultValue="${bound[1]}/addin/taskpane.html" />`));

    const served = await get(`${bound[1]}/addin/manifest.xml`, fs.readFileSync(cert));
    assert.equal(served.status, 200);
    assert.equal(served.body, written);
  });

  it('refuses, saying why, when the server has no https address', { timeout: 300_000 }, async () => {
    ensureBuilt();
    const file = path.join(folder, 'never-written.xml');

    const server = await serve(['--urls', 'http://127.0.0.1:0', '--manifest', file], {}, () => false);

    assert.equal(server.code, 2);
    assert.equal(server.stderr.trim(), 'publicitycheck: --manifest: Word loads add-ins only over HTTPS, and this server has no https address: serve with --urls https://localhost:5443 (see docs/word-addin.md).');
    assert.equal(fs.existsSync(file), false);
    assert.doesNotMatch(server.stdout, /listening on/, 'a server that stopped does not say it is listening');
  });
});

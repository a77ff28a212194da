'use strict';
// Starts the real PublicityCheck server (`publicitycheck serve`) and headless Chromium for the browser tests.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const repo = path.resolve(__dirname, '..', '..', '..');
const samples = path.join(repo, 'samples');
const cliProject = path.join(repo, 'src', 'PublicityCheck.Cli');
const dll = path.join(cliProject, 'bin', 'Debug', 'net10.0', 'publicitycheck.dll');
const chromiumPath = process.env.PUBLICITYCHECK_CHROMIUM || '/usr/bin/chromium';

// No sandbox (CI runs as root in a container), no GPU, and nothing that calls home during a test.
const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** Whether the environment asks for every test to run, failing where a program is missing (CI sets it). */
const toolsRequired = ['1', 'true'].includes(process.env.PUBLICITYCHECK_REQUIRE_TOOLS);

/**
 * The browser tests' `skip` option: false where Chromium is installed or every test must run; otherwise why they
 * are skipped and what to install, as the .NET tests that need a program say it.
 */
function chromiumSkip() {
  if (fs.existsSync(chromiumPath) || toolsRequired) { return false; }
  return `Chromium is not installed at ${chromiumPath}: install it with 'apt-get install chromium' (or set PUBLICITYCHECK_CHROMIUM `
    + 'to its path) to run this test (set PUBLICITYCHECK_REQUIRE_TOOLS=1 to make its absence a failure instead).';
}

/** Fails with what to do when Chromium is missing: the tests never download a browser. */
function requireChromium() {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium is not installed at ${chromiumPath}: the browser tests need it `
      + '(apt-get install -y chromium, or set PUBLICITYCHECK_CHROMIUM to its path). They never download a browser.');
  }
  return chromiumPath;
}

/** The newest modification time of the sources under dir (bin/ and obj/ left out). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'bin' || entry.name === 'obj' || entry.name.startsWith('.')) { continue; }
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds the CLI when its dll is missing or older than a source under src/ (the pages are embedded in it, so an
 * edited page needs a build); CI's dotnet test has already built it, so there this costs a directory walk.
 */
function ensureBuilt() {
  if (fs.existsSync(dll)) {
    // A build rewrites the dlls of the projects whose sources changed, not always the CLI's own: take the newest.
    const built = Math.max(...fs.readdirSync(path.dirname(dll)).filter((f) => /^publicitycheck.*\.dll$/i.test(f))
      .map((f) => fs.statSync(path.join(path.dirname(dll), f)).mtimeMs));
    if (built >= newestSource(path.join(repo, 'src'))) { return; }
  }
  const build = spawnSync('dotnet', ['build', cliProject, '-nologo', '-v', 'q'], { cwd: repo, encoding: 'utf8' });
  if (build.status !== 0 || !fs.existsSync(dll)) {
    throw new Error(`dotnet build ${cliProject} failed (exit ${build.status}):\n${build.stdout}${build.stderr}`);
  }
}

/** A TCP port nothing listens on: bind port 0, read the port the system chose, and let it go. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `publicitycheck serve` on a free loopback port, in samples/ so that it checks under the sample council's
 * configuration (its roster of councillors and officers), in a process group of its own so that stop() ends it
 * and anything it started. Resolves once /healthz answers.
 */
async function startServer({ timeoutMs = 60_000 } = {}) {
  ensureBuilt();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn('dotnet', [dll, 'serve', '--urls', base], {
    cwd: samples, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' },
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let exit = null;
  exited.then((e) => { exit = e; });
  // Should the test process end without stop() (interrupted, timed out), take the server down with it.
  const killGroup = () => { if (!exit) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } } };
  const onSignal = (signal) => { killGroup(); process.exit(signal === 'SIGINT' ? 130 : 143); };
  process.once('exit', killGroup);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const stop = async () => {
    process.off('exit', killGroup);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (exit) { return; }
    try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
    const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } }, 5_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exit) { throw new Error(`publicitycheck serve exited (${exit.code ?? exit.signal}) before answering /healthz:\n${output}`); }
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.ok) { break; }
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`publicitycheck serve did not answer ${base}/healthz within ${timeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, stop, output: () => output };
}

/** Launches the system's headless Chromium through playwright-core (which never downloads one). */
async function launchChromium() {
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: requireChromium(), headless: true, args: chromiumArgs });
}

/**
 * Watches a page for script errors, failed requests and error answers from the server; other origins are not
 * reached at all (route them away before loading).
 */
function watch(page, base) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') { problems.push(`console error: ${m.text()}`); } });
  page.on('requestfailed', (r) => { if (r.url().startsWith(base)) { problems.push(`request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText})`); } });
  page.on('response', (r) => { if (r.url().startsWith(base) && r.status() >= 400) { problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`); } });
  return problems;
}

module.exports = { repo, samples, dll, ensureBuilt, requireChromium, chromiumSkip, startServer, launchChromium, watch, freePort };

// Shared helpers of the feed tool tests: temp dirs, running the CLI as a
// child process (exit code, stdout, stderr), and legacy encodings.
import {execFile} from 'node:child_process';
import {createServer} from 'node:http';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {crc32} from 'node:zlib';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'bin/feed.mjs');
export const SCHEMA = join(ROOT, 'src/feed/feed.schema.json');
export const SAMPLE = join(ROOT, 'src/feed/sample-feed.json');

export async function tempDir(t) {
  const dir = await mkdtemp(join(tmpdir(), 'feed-tool-'));
  t.after(() => rm(dir, {recursive: true, force: true}));
  return dir;
}

/** Runs `node bin/feed.mjs feed …args` → {code, stdout, stderr}. */
export function run(args, {cwd = ROOT, env} = {}) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, 'feed', ...args],
      {
        cwd,
        env: {...process.env, FEED_DEBUG: '', ...env},
        maxBuffer: 256 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        resolve({code: error ? (error.code ?? 1) : 0, stdout, stderr})
    );
  });
}

/** No stack trace leaked to the user. */
export function noStack(assert, result) {
  assert.doesNotMatch(
    result.stderr + result.stdout,
    /\n\s+at .+:\d+:\d+/,
    'a stack trace was printed'
  );
}

/** A string → bytes in a single-byte Windows code page. */
export function encodeLegacy(text, encoding) {
  const decoder = new TextDecoder(encoding);
  const map = new Map();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (!map.has(ch)) map.set(ch, b);
  }
  return Uint8Array.from(
    [...text].map((ch) => {
      if (!map.has(ch)) throw new Error(`${ch} not in ${encoding}`);
      return map.get(ch);
    })
  );
}

/** CSV text from rows of cells (quoted when needed). */
export function csv(rows, delimiter = ',') {
  return (
    rows
      .map((r) =>
        r
          .map((c) =>
            /[",;\n]/.test(c) ? `"${String(c).replace(/"/g, '""')}"` : String(c)
          )
          .join(delimiter)
      )
      .join('\r\n') + '\r\n'
  );
}

export async function writeCsv(dir, name, rows, delimiter) {
  const path = join(dir, name);
  await writeFile(path, csv(rows, delimiter));
  return path;
}

/** A version 1 feed of these organisations, written as `feed.json` in `dir`. */
export async function writeOrganizations(
  dir,
  organizations,
  name = 'feed.json'
) {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify({version: 1, organizations}));
  return path;
}

/** An XLSX workbook with sheets {name: rows}. */
export async function writeXlsx(dir, name, sheets) {
  const {default: ExcelJS} = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    for (const r of rows) ws.addRow(r);
  }
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

export async function schemaValidator() {
  const {default: Ajv} = await import('ajv');
  const {readFile} = await import('node:fs/promises');
  const ajv = new Ajv({allErrors: true, strict: false});
  return ajv.compile(JSON.parse(await readFile(SCHEMA, 'utf8')));
}

/**
 * `feed build <args…> -o <dir>/feed.json` → {r (the run), out (the feed's
 * path), feed (what it wrote; undefined when it wrote nothing)}.
 */
export async function buildSheets(dir, args) {
  const out = join(dir, 'feed.json');
  const r = await run(['build', ...args, '-o', out]);
  const feed =
    r.code === 0 ? JSON.parse(await readFile(out, 'utf8')) : undefined;
  return {r, out, feed};
}

/** A local server on 127.0.0.1 for the test (closed after it) → its base URL. */
export async function serve(t, handler) {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  return `http://127.0.0.1:${server.address().port}`;
}

/**
 * A zip archive of `entries` (path → text), in order, stored uncompressed:
 * a file that is a zip but not what its name says (a Word document named
 * .xlsx; an OpenDocument file, whose first entry is "mimetype").
 */
export function storedZip(entries) {
  const parts = [];
  const directory = [];
  let offset = 0;
  for (const [path, text] of Object.entries(entries)) {
    const name = Buffer.from(path);
    const data = Buffer.from(text);
    // The fields a local header (at 4) and a central one (at 6) share.
    const fields = (head, signature, at) => {
      head.writeUInt32LE(signature, 0);
      head.writeUInt32LE(crc32(data), at + 10);
      head.writeUInt32LE(data.length, at + 14);
      head.writeUInt32LE(data.length, at + 18);
      head.writeUInt16LE(name.length, at + 22);
      return head;
    };
    parts.push(fields(Buffer.alloc(30), 0x04034b50, 4), name, data);
    const central = fields(Buffer.alloc(46), 0x02014b50, 6);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const size = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(directory.length / 2, 8);
  end.writeUInt16LE(directory.length / 2, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}

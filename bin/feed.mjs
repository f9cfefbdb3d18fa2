#!/usr/bin/env node
// npx local-y-mpact-elements feed <build|validate|template|hsds> …
// Plain ESM, no build step: it runs from the published package.
// Errors are printed as sentences; set FEED_DEBUG=1 to see stack traces.

import {main, defaultIo} from './feed/cli.mjs';
import {UserError} from './feed/errors.mjs';

function fail(error) {
  if (error instanceof UserError) {
    process.stderr.write(`error: ${error.message}\n`);
    for (const d of error.details.slice(0, 100))
      process.stderr.write(`  ${d}\n`);
    if (error.details.length > 100)
      process.stderr.write(`  … and ${error.details.length - 100} more.\n`);
    process.exitCode = error.exitCode;
    return;
  }
  if (
    error?.code === 'ERR_MODULE_NOT_FOUND' ||
    error?.code === 'MODULE_NOT_FOUND'
  ) {
    const name = /'([^']+)'/.exec(error.message)?.[1] ?? 'a package';
    process.stderr.write(
      `error: ${name} is not installed; run npm install in the project (or use npx).\n`
    );
  } else if (error?.code === 'ENOSPC') {
    process.stderr.write('error: the disk is full.\n');
  } else {
    process.stderr.write(
      `error: something unexpected went wrong: ${error?.message ?? error}\n` +
        'Please report it with the command you ran (run with FEED_DEBUG=1 for details).\n'
    );
  }
  if (process.env.FEED_DEBUG)
    process.stderr.write(`${error?.stack ?? error}\n`);
  process.exitCode = 1;
}

process.on('unhandledRejection', fail);
// Output piped into a command that stopped reading (| head): stop quietly.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    fail(error);
  });

try {
  process.exitCode = await main(process.argv.slice(2), defaultIo());
} catch (error) {
  fail(error);
}

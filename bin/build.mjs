#!/usr/bin/env node
// npm run build: the bundles (rollup), type declarations, the schema, the
// sample feed and the theme files into dist/; custom-elements.json and
// vscode.html-custom-data.json beside package.json; the JSX types and the
// shipped manifest (dist/custom-elements.json) from them.
import {execFileSync} from 'node:child_process';
import {cpSync, mkdirSync, rmSync, existsSync} from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, {stdio: 'inherit'});
rmSync('dist', {recursive: true, force: true});
run('npx', ['rollup', '-c', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
mkdirSync('dist/themes', {recursive: true});
cpSync('src/feed/feed.schema.json', 'dist/feed.schema.json');
cpSync('src/feed/sample-feed.json', 'dist/sample-feed.json');
if (existsSync('src/themes'))
  cpSync('src/themes', 'dist/themes', {recursive: true});
// The manifest and the editors' custom data, shipped with the package.
run('npm', ['run', 'analyze', '--silent']);
// The manifest package.json names: its paths the shipped files.
run('node', ['bin/package-manifest.mjs']);
// The four tags for React's JSX in TypeScript, from the manifest.
run('node', ['bin/jsx-types.mjs']);
console.log('built dist/');

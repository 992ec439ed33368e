// `make dist`, WordPress part: dist/endorsement-navigator-wordpress.zip, the plugin of CONTRACT §1.
//
//   import { writeWordPressPlugin } from './dist-wordpress.mjs';
//   await writeWordPressPlugin({ release, out, version });
//
// The plugin's PHP, block and readme come from wordpress/endorsement-navigator/; the widget's files are
// the release's own (embed.js and files/, with content-hashed names, so a plugin update never meets a
// stale cached file), copied into widget/. Only plain files go in: no precompressed copies (.br, .gz), no
// hidden files (.htaccess), as the plugin directory asks. The version in the plugin's headers, constant,
// readme and block asset file is set to Cargo.toml's.

import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

import { REPO_ROOT } from './serve.mjs';

const SOURCE = join(REPO_ROOT, 'wordpress', 'endorsement-navigator');
export const PLUGIN_ZIP = 'endorsement-navigator-wordpress.zip';

/** Every file under `dir`, as paths relative to it, sorted. */
async function files(dir, base = dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await files(path, base)));
    else found.push(relative(base, path));
  }
  return found.sort();
}

/** A file the plugin must not ship: hidden, precompressed, or an editor's leftover. */
const unwanted = (path) => path.split('/').some((part) => part.startsWith('.')) || /\.(br|gz|zip|orig|rej)$|~$/.test(path);

/** Replaces `pattern` (which must match) in a text file of the plugin folder. */
async function setVersion(file, pattern, replacement) {
  const text = await readFile(file, 'utf8');
  if (!pattern.test(text)) throw new Error(`dist-wordpress: ${relative(REPO_ROOT, file)} has no version to set (${pattern})`);
  await writeFile(file, text.replace(pattern, replacement));
}

/**
 * Writes `<out>/endorsement-navigator-wordpress.zip` (top folder `endorsement-navigator/`) from the release
 * folder `release` that dist.mjs has just written. Returns the zip's path and the files in it.
 */
export async function writeWordPressPlugin({ release, out, version }) {
  const stage = join(out, 'wordpress-plugin');
  const dir = join(stage, 'endorsement-navigator');
  await rm(stage, { recursive: true, force: true });
  await rm(join(out, PLUGIN_ZIP), { force: true });
  await mkdir(dir, { recursive: true });

  for (const path of await files(SOURCE)) {
    if (unwanted(path)) continue;
    await mkdir(join(dir, path, '..'), { recursive: true });
    await cp(join(SOURCE, path), join(dir, path));
  }
  // The widget: the loader and what it loads (the hashed glue, wasm, stylesheet and language tables).
  for (const path of await files(release)) {
    if (unwanted(path) || !(path === 'embed.js' || path.startsWith('files/'))) continue;
    await mkdir(join(dir, 'widget', path, '..'), { recursive: true });
    await cp(join(release, path), join(dir, 'widget', path));
  }

  await setVersion(join(dir, 'endorsement-navigator.php'), /(\* Version:\s+)[^\n]+/, `$1${version}`);
  await setVersion(join(dir, 'endorsement-navigator.php'), /('ENDORSEMENT_NAVIGATOR_VERSION', ')[^']+/, `$1${version}`);
  await setVersion(join(dir, 'readme.txt'), /(Stable tag:\s+)[^\n]+/, `$1${version}`);
  await setVersion(join(dir, 'block', 'editor.asset.php'), /('version'\s+=> ')[^']+/, `$1${version}`);

  const shipped = await files(dir);
  const bad = shipped.filter(unwanted);
  if (bad.length) throw new Error(`dist-wordpress: unwanted files in the plugin: ${bad.join(', ')}`);
  for (const need of ['endorsement-navigator.php', 'readme.txt', 'uninstall.php', 'block/block.json', 'widget/embed.js']) {
    if (!shipped.includes(need)) throw new Error(`dist-wordpress: the plugin has no ${need}`);
  }
  if (!shipped.some((f) => f.endsWith('.wasm'))) throw new Error('dist-wordpress: the plugin has no .wasm');

  // -X: no extra file attributes (owner ids, timestamps beyond the usual).
  execFileSync('zip', ['-q', '-r', '-X', join(out, PLUGIN_ZIP), 'endorsement-navigator'], { cwd: stage });
  await rm(stage, { recursive: true, force: true });
  return { zip: join(out, PLUGIN_ZIP), files: shipped };
}

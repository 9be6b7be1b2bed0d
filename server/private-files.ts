import { chmod, mkdir, rename, writeFile } from 'node:fs/promises';

/*
 * DATA_DIR holds secrets (the demo key-encryption key, demo client secrets) and a search index
 * of unpublished data: the directory is 0700 and every file the platform writes there 0600,
 * whatever the umask or an earlier version left (issue 9 item 7).
 */

/** Creates DATA_DIR if needed and makes it the owner's only. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
}

/** Writes a file readable by the owner only, atomically (a crash never leaves half a file). */
export async function writePrivateFile(file: string, content: string): Promise<void> {
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, content, { mode: 0o600 });
  await chmod(partial, 0o600);
  await rename(partial, file);
}

/** Tightens a file an earlier version may have written with the umask's mode. */
export async function makePrivate(file: string): Promise<void> {
  await chmod(file, 0o600).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

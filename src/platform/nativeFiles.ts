// Saving and sharing files in the Android shell (docs/decisions/0014): the WebView has no downloads
// for blob URLs, so the file is written with @capacitor/filesystem (Documents/Steward, which the
// Files app shows; the app's cache if Documents cannot be written) and offered to the system share
// sheet with @capacitor/share, so a clerk can send the minutes by email from the phone. Both
// plugins load on first use, never on the first screen.
import type { FilesystemPlugin } from '@capacitor/filesystem';
import type { SharePlugin } from '@capacitor/share';
import type { SaveResult, ShareResult } from './types';

export interface NativeFilePlugins {
  Filesystem: Pick<FilesystemPlugin, 'writeFile'>;
  Share: Pick<SharePlugin, 'share' | 'canShare'>;
  /** The plugin's Directory values, as strings. */
  documents: string;
  cache: string;
}

export async function loadNativeFilePlugins(): Promise<NativeFilePlugins> {
  const [{ Filesystem, Directory }, { Share }] = await Promise.all([import('@capacitor/filesystem'), import('@capacitor/share')]);
  return { Filesystem, Share, documents: Directory.Documents, cache: Directory.Cache };
}

/** A blob's bytes as base64 (what the filesystem plugin takes). */
export async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** A name safe on any file system: no slashes or characters Android refuses. */
export const safeFileName = (name: string) =>
  [...name]
    .map((c) => (c.charCodeAt(0) < 32 ? '-' : c))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .slice(0, 120) || 'steward-file';

const cancelled = (err: unknown) => /cancel/i.test(err instanceof Error ? err.message : String(err));

export function createNativeFiles(load: () => Promise<NativeFilePlugins> = loadNativeFilePlugins) {
  async function write(p: NativeFilePlugins, name: string, blob: Blob, where: 'documents' | 'cache'): Promise<string> {
    const result = await p.Filesystem.writeFile({
      path: `Steward/${safeFileName(name)}`,
      data: await base64Of(blob),
      directory: (where === 'documents' ? p.documents : p.cache) as never,
      recursive: true,
    });
    return result.uri;
  }

  async function offer(p: NativeFilePlugins, name: string, uri: string): Promise<ShareResult> {
    if (!(await p.Share.canShare()).value) return 'unsupported';
    try {
      await p.Share.share({ title: name, text: name, files: [uri], dialogTitle: `Send ${name}` });
      return 'shared';
    } catch (err) {
      if (cancelled(err)) return 'cancelled';
      console.warn('share failed', err);
      return 'unsupported';
    }
  }

  return {
    /** Saves to Documents/Steward, then offers the share sheet; 'saved' even if the sheet is dismissed. */
    async saveFile(name: string, blob: Blob): Promise<SaveResult> {
      let p: NativeFilePlugins;
      try {
        p = await load();
      } catch (err) {
        console.warn('file plugins unavailable', err);
        return 'unsupported';
      }
      let uri: string;
      let kept = true;
      try {
        uri = await write(p, name, blob, 'documents');
      } catch {
        kept = false; // Documents not writable here (older Android without the permission): share from the cache
        try {
          uri = await write(p, name, blob, 'cache');
        } catch (err) {
          console.warn('file could not be written', err);
          return 'unsupported';
        }
      }
      const shared = await offer(p, name, uri);
      if (shared === 'shared') return 'shared';
      if (kept) return 'saved';
      return shared === 'cancelled' ? 'cancelled' : 'unsupported';
    },
    /** Writes the file to the app's cache and opens the share sheet with it. */
    async shareFile(name: string, blob: Blob): Promise<ShareResult> {
      try {
        const p = await load();
        return await offer(p, name, await write(p, name, blob, 'cache'));
      } catch (err) {
        console.warn('file could not be shared', err);
        return 'unsupported';
      }
    },
  };
}

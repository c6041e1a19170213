// The Android path for files: @capacitor/filesystem and @capacitor/share mocked at their boundary
// (the plugin objects), everything above them real.
import { describe, expect, it, vi } from 'vitest';
import { base64Of, createNativeFiles, safeFileName, type NativeFilePlugins } from '../../src/platform/nativeFiles';
import { webShareFile } from '../../src/platform/web';

function plugins(opts: { documentsFail?: boolean; canShare?: boolean; share?: () => Promise<unknown> } = {}) {
  const written: { path: string; data: string; directory: string }[] = [];
  const shared: unknown[] = [];
  const p: NativeFilePlugins = {
    documents: 'DOCUMENTS',
    cache: 'CACHE',
    Filesystem: {
      writeFile: vi.fn(async (o: { path: string; data: string | Blob; directory?: string }) => {
        if (opts.documentsFail && o.directory === 'DOCUMENTS') throw new Error('Permission denied');
        written.push({ path: o.path, data: o.data as string, directory: o.directory! });
        return { uri: `file:///${o.directory}/${o.path}` };
      }) as never,
    },
    Share: {
      canShare: async () => ({ value: opts.canShare ?? true }),
      share: vi.fn(async (o: unknown) => {
        shared.push(o);
        if (opts.share) await opts.share();
        return { activityType: 'email' };
      }) as never,
    },
  };
  return { p, written, shared };
}

const pdf = new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0xff, 0x00])], { type: 'application/pdf' });

describe('every kind of document on Android', () => {
  // Each export the app makes (minutes PDF and Word, the action log CSV and Excel, the packs, the
  // plan spreadsheet) goes through the same two calls: written whole, then handed to the share sheet.
  const kinds: [string, string][] = [
    ['Minutes Part A 01-12-2026.pdf', 'application/pdf'],
    ['Minutes Part B 01-12-2026.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['Action log 02-12-2026.csv', 'text/csv'],
    ['Action log 02-12-2026.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['SoC meeting pack.pdf', 'application/pdf'],
    ['Evidence pack.pdf', 'application/pdf'],
    ['Plan.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ];
  it.each(kinds)('%s: saved to Documents/Steward with its bytes whole, and shared', async (name, type) => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const { p, written, shared } = plugins();
    expect(await createNativeFiles(async () => p).saveFile(name, new Blob([bytes], { type }))).toBe('shared');
    expect(written).toHaveLength(1);
    expect(written[0]!.directory).toBe('DOCUMENTS');
    expect(written[0]!.path).toBe(`Steward/${safeFileName(name)}`);
    expect(Uint8Array.from(atob(written[0]!.data), (c) => c.charCodeAt(0))).toEqual(bytes);
    expect(shared).toEqual([expect.objectContaining({ files: [`file:///DOCUMENTS/Steward/${safeFileName(name)}`] })]);
  });
  it.each(kinds)('%s: shared from the cache alone', async (name, type) => {
    const { p, written, shared } = plugins();
    expect(await createNativeFiles(async () => p).shareFile(name, new Blob([new Uint8Array([1, 2, 3])], { type }))).toBe('shared');
    expect(written.map((w) => [w.directory, w.data])).toEqual([['CACHE', 'AQID']]);
    expect(shared).toHaveLength(1);
  });
});

describe('saving a file on Android', () => {
  it('writes the bytes to Documents/Steward and offers the share sheet with the file', async () => {
    const { p, written, shared } = plugins();
    expect(await createNativeFiles(async () => p).saveFile('minutes part a.pdf', pdf)).toBe('shared');
    expect(written).toEqual([{ path: 'Steward/minutes part a.pdf', data: 'JVBERv8A', directory: 'DOCUMENTS' }]);
    expect(shared).toEqual([expect.objectContaining({ files: ['file:///DOCUMENTS/Steward/minutes part a.pdf'] })]);
  });

  it('says saved when the share sheet is dismissed: the file stays in Documents', async () => {
    const { p } = plugins({ share: () => Promise.reject(new Error('Share canceled')) });
    expect(await createNativeFiles(async () => p).saveFile('log.csv', pdf)).toBe('saved');
  });

  it('shares from the cache when Documents cannot be written, and says cancelled if the sheet is dismissed', async () => {
    const ok = plugins({ documentsFail: true });
    expect(await createNativeFiles(async () => ok.p).saveFile('pack.pdf', pdf)).toBe('shared');
    expect(ok.written.map((w) => w.directory)).toEqual(['CACHE']);
    const dismissed = plugins({ documentsFail: true, share: () => Promise.reject(new Error('Share canceled')) });
    expect(await createNativeFiles(async () => dismissed.p).saveFile('pack.pdf', pdf)).toBe('cancelled');
  });

  it('answers unsupported when the plugins cannot load', async () => {
    const files = createNativeFiles(() => Promise.reject(new Error('not implemented on web')));
    expect(await files.saveFile('a.pdf', pdf)).toBe('unsupported');
    expect(await files.shareFile('a.pdf', pdf)).toBe('unsupported');
  });

  it('shareFile writes to the cache only', async () => {
    const { p, written } = plugins();
    expect(await createNativeFiles(async () => p).shareFile('a.docx', pdf)).toBe('shared');
    expect(written.map((w) => w.directory)).toEqual(['CACHE']);
  });

  it('makes names safe and encodes large files whole', async () => {
    expect(safeFileName('a/b:c?.pdf')).toBe('a-b-c-.pdf');
    const big = new Uint8Array(200_000).map((_, i) => i % 251);
    expect(atob(await base64Of(new Blob([big]))).length).toBe(200_000);
  });
});

describe('sharing a file in a browser', () => {
  it('hands the file to navigator.share where the browser can share files, and says unsupported where not', async () => {
    const share = vi.fn(async () => {});
    const nav = { share, canShare: (d: ShareData) => (d.files?.length ?? 0) > 0 } as unknown as Navigator;
    expect(await webShareFile('m.pdf', pdf, nav)).toBe('shared');
    expect((share.mock.calls[0] as unknown as [ShareData])[0].files![0]!.name).toBe('m.pdf');
    const noFiles = { share, canShare: () => false } as unknown as Navigator;
    expect(await webShareFile('m.pdf', pdf, noFiles)).toBe('unsupported');
  });
});

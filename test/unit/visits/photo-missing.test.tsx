import { afterAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { db } from '../../../src/data';
import { Photo } from '../../../src/features/visits/Photo';

afterAll(async () => {
  await db.delete();
});

describe('a photo whose bytes are not on this device', () => {
  it('C4 says in words that it will download, never a broken image', async () => {
    const file = { sha256: 'a'.repeat(64), name: 'corridor.jpg', type: 'image/jpeg', bytes: 1234 };
    const { container } = render(<Photo file={file} alt="Photo 1 of 1 for: Displays" />);
    expect(await screen.findByText('Photo not downloaded yet: it will download when this device is online')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });
});

// How much this origin stores, and whether the browser promised not to evict it (StorageManager).

export interface StorageEstimateResult {
  usedBytes: number;
  quotaBytes: number;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Bytes used and the quota the browser allows this origin, or null if the browser will not say. */
export async function storageEstimate(): Promise<StorageEstimateResult | null> {
  const storage = storageManager();
  if (typeof storage?.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    if (usage === undefined || quota === undefined) return null;
    return { usedBytes: usage, quotaBytes: quota };
  } catch {
    return null;
  }
}

/** True when the browser has granted persistent storage (it will not clear our data to free space). */
export async function isPersisted(): Promise<boolean> {
  const storage = storageManager();
  if (typeof storage?.persisted !== 'function') return false;
  try {
    return await storage.persisted();
  } catch {
    return false;
  }
}

/** Asks for persistent storage unless already granted. Chrome may decide silently; Firefox asks the user. */
export async function persistentStorage(): Promise<'granted' | 'denied' | 'unsupported'> {
  const storage = storageManager();
  if (typeof storage?.persist !== 'function') return 'unsupported';
  if (await isPersisted()) return 'granted';
  try {
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

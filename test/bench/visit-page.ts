// Code the visit bench runs inside the app's page, as source text (the bench runner's transform
// would add helpers the page does not have). Plain browser JavaScript.

/** Writes a visit with a 60-item checklist and 20 photos (distinct 1600×1200 JPEGs) for the current board; returns its id. */
export const seedVisit = `async () => {
  const open = indexedDB.open('steward');
  const db = await new Promise((res, rej) => { open.onsuccess = () => res(open.result); open.onerror = () => rej(open.error); });
  const get = (store, key) => new Promise((res) => { const r = db.transaction(store).objectStore(store).get(key); r.onsuccess = () => res(r.result); });
  const schoolId = (await get('meta', 'currentSchoolId')).value;
  const now = new Date().toISOString();
  const base = () => ({ id: crypto.randomUUID(), schoolId, createdAt: now, updatedAt: now, deleted: false, visibility: 'board' });
  const types = ['yes-partly-no', 'yes-partly-no', 'rating', 'number', 'text'];
  const sections = [0, 1, 2, 3].map((s) => ({ id: 'bench-s' + s, title: 'Bench section ' + (s + 1), items: Array.from({ length: 15 }, (_, i) => ({
    id: 'bench-' + s + '-' + i, prompt: 'Bench item ' + (s + 1) + '.' + (i + 1) + ': something a governor looks for on a walk', hint: i % 4 === 0 ? 'A hint on what good looks like.' : '', type: types[i % 5] })) }));
  const template = { ...base(), templateKey: 'bench', version: 1, title: 'Bench checklist', purpose: '', builtIn: false, retired: false, sections };
  const visit = { ...base(), kind: 'learning walk', date: now.slice(0, 10), purpose: 'Bench', governor: 'Bench governor', walkingWith: '', focusActionIds: [], focusAreaIds: [],
    purposeAgreed: false, templateId: template.id, status: 'in-progress', report: { purpose: '', seen: '', strengths: '', questions: '', followUps: '', status: 'draft', headComments: '' } };
  const files = [];
  for (let k = 0; k < 20; k++) {
    const canvas = new OffscreenCanvas(1600, 1200);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = 'hsl(' + k * 18 + ', 40%, 70%)';
    ctx.fillRect(0, 0, 1600, 1200);
    for (let r = 0; r < 40; r++) { ctx.fillStyle = 'hsl(' + ((k * 37 + r * 53) % 360) + ', 50%, ' + (40 + (r % 5) * 10) + '%)'; ctx.fillRect((r * 97 + k * 13) % 1400, (r * 61 + k * 29) % 1000, 200, 160); }
    const img = ctx.getImageData(0, 0, 1600, 1200);
    for (let i = 0; i < img.data.length; i += 4) { const n = ((i * 2654435761 + k) % 23) - 11; img.data[i] += n; img.data[i + 1] += n; img.data[i + 2] += n; }
    ctx.putImageData(img, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.7 });
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
    const sha256 = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
    files.push({ sha256, blob, type: 'image/jpeg', bytes: blob.size, createdAt: now });
  }
  const items = sections.flatMap((s) => s.items);
  const answerFor = (type, i) => type === 'yes-partly-no' ? { type, value: ['yes', 'partly', 'no', 'not-seen'][i % 4] } : type === 'rating' ? { type, value: 1 + (i % 4) } : type === 'number' ? { type, value: i } : { type, value: 'Seen in corridor ' + i };
  const responses = items.map((item, i) => ({ ...base(), visitId: visit.id, itemId: item.id, answer: answerFor(item.type, i), note: 'Bench note ' + i, actionIds: [], evidenceIds: [], answeredAt: now,
    photos: i % 3 === 0 && i / 3 < 20 ? [{ sha256: files[i / 3].sha256, name: 'bench-' + i + '.jpg', type: 'image/jpeg', bytes: files[i / 3].bytes }] : [] }));
  await new Promise((res, rej) => {
    const tx = db.transaction(['checklistTemplates', 'visits', 'visitResponses', 'files'], 'readwrite');
    tx.objectStore('checklistTemplates').put(template);
    tx.objectStore('visits').put(visit);
    for (const r of responses) tx.objectStore('visitResponses').put(r);
    for (const f of files) tx.objectStore('files').put(f);
    tx.oncomplete = res; tx.onerror = () => rej(tx.error);
  });
  db.close();
  return visit.id;
}`;

/** Resolves, with the ms since \`t0\`, once the visible page shows 60 items with all 20 photos read from the store and the first one drawn. */
export const untilOpen = `(t0) => new Promise((resolve) => {
  const check = () => {
    const pages = document.querySelectorAll('.ion-page:not(.ion-page-hidden)');
    const page = pages[pages.length - 1];
    const items = page ? page.querySelectorAll('article.walk-item').length : 0;
    const imgs = page ? [...page.querySelectorAll('article.walk-item img')] : [];
    if (items === 60 && imgs.length === 20 && imgs[0].complete && imgs[0].naturalWidth > 0) resolve(performance.now() - t0);
    else requestAnimationFrame(check);
  };
  check();
})`;

/** From the visit page: tap "Carry on with the checklist" and time until it is open. */
export const openFromVisit = `async () => {
  const pages = document.querySelectorAll('.ion-page:not(.ion-page-hidden)');
  const button = [...pages[pages.length - 1].querySelectorAll('ion-button')].find((b) => b.textContent.includes('Carry on with the checklist'));
  const t0 = performance.now();
  button.click();
  return (${untilOpen})(t0);
}`;

/** The stored size of the photos on one response of the visit, by item id. */
export const storedPhotoBytes = `async ([visitId, itemId]) => {
  const open = indexedDB.open('steward');
  const db = await new Promise((res) => { open.onsuccess = () => res(open.result); });
  const all = (store) => new Promise((res) => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => res(r.result); });
  const response = (await all('visitResponses')).find((r) => r.visitId === visitId && r.itemId === itemId);
  const files = await all('files');
  db.close();
  return response.photos.map((p) => files.find((f) => f.sha256 === p.sha256).blob.size);
}`;

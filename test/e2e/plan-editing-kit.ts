// The parts of test/e2e/plan-editing.test.ts that are not its steps: dates, the save toast, axe once
// toasts are gone, the action rows, and the two actions it adds.
import type { Locator, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './axe';
import { fillFields } from './forms';
import { until, current } from './app';

export const day = (offset: number) => new Date(Date.now() + offset * 864e5).toLocaleDateString('en-CA');
export const uk = (iso: string) => iso.split('-').reverse().join('/');
export const toasts = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('ion-toast')].map((t) => (t as unknown as { message?: string }).message ?? ''));
export const saidSaved = (page: Page, message: string) => until(() => toasts(page)).toContain(message);

/** Axe, once any "saved" toast has gone (a toast over the header's buttons is brief, but axe would see it). */
export async function axe(page: Page, label: string) {
  await until(() => page.locator('ion-toast:not(.overlay-hidden)').count()).toBe(0);
  await expectNoSeriousA11yViolations(page, label);
}

/** The texts of the action rows on an area screen, in order. */
export const actionRows = (page: Page) => current(page).locator('.plan-rows h4').allTextContents();

export async function fillAction(
  form: Locator,
  a: { description: string; lead: string; resources: string; start: string; finish: string; criteria: string },
) {
  await fillFields([
    [form.getByLabel('Action', { exact: true }), a.description],
    [form.getByLabel('Lead', { exact: true }), a.lead],
    [form.getByLabel('Resources', { exact: true }), a.resources],
    [form.getByLabel('Start', { exact: true }), a.start],
    [form.getByLabel('Finish', { exact: true }), a.finish],
    [form.getByLabel('Success criteria', { exact: true }), a.criteria],
  ]);
}

export const first = {
  description: 'Train every adult in the phonics programme',
  lead: 'Claire Donnelly',
  resources: 'Two training days',
  start: day(-40),
  finish: day(50),
  criteria: 'Every adult trained',
};
export const second = {
  description: 'Assess phonics every six weeks and act on the gaps',
  lead: 'Phonics lead',
  resources: 'Assessment kit',
  start: day(10),
  finish: day(120),
  criteria: 'Keep-up groups running',
};

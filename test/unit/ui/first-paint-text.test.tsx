// index.html paints the welcome screen's opening before the app's code arrives (#first-paint); the
// app then draws the real one in its place. The two must say the same, word for word.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import WelcomePage from '../../../src/features/welcome/WelcomePage';

const words = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe("index.html's first paint of the welcome screen", () => {
  it("shows the welcome screen's title and opening paragraphs as the app draws them", () => {
    const html = new DOMParser().parseFromString(readFileSync('index.html', 'utf8'), 'text/html');
    const painted = html.querySelector('#first-paint main.first-paint-welcome');
    const drawn = render(<WelcomePage />).container;
    const opening = (root: Element) => [...root.querySelectorAll(':scope > p')].map(words);
    expect(words(html.querySelector('#first-paint h1.first-paint-welcome'))).toBe(words(drawn.querySelector('h1')));
    expect(opening(painted!)).toHaveLength(2);
    expect(opening(painted!)).toEqual(opening(drawn.querySelector('main.welcome')!).slice(0, 2));
  });
});

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { englishWords } from '../support/english-words';
import { usePages, waitForLiveCharts } from '../support/page-session';
import {
  chooseFile,
  chooseUnreadable,
  confirmUpload,
  fixturePath,
  REPORT,
} from '../support/upload-page';

const pages = usePages();
const JAPANESE_PAGE = 'ja/';

/** The Latin words of an upload fixture: the reader's own headers and cells, shown as written. */
const wordsOfFile = (name: string) =>
  readFileSync(fixturePath(name), 'utf8').match(/[A-Za-z][\w'’-]*[A-Za-z\d]/g) ?? [];

/** Each English word with where it was, so that a failure says what to translate. */
const contexts = async (page: Page, fromFile: readonly string[] = []) =>
  (await englishWords(page, fromFile)).map(({ word, context }) => `${word} — ${context}`);

async function openJapanese(query = ''): Promise<Page> {
  const { page } = await pages.open(`${JAPANESE_PAGE}${query}`);
  await waitForLiveCharts(page);
  await page.waitForSelector('html[lang="ja"]', { state: 'attached' });
  return page;
}

async function savedText(page: Page, action: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.click(action);
  const path = await (await download).path();
  return readFileSync(path, 'utf8');
}

describe('no English words on the Japanese page (production build)', () => {
  it('finds a planted English sentence, and none inside lang="en" or in a label', async () => {
    const page = await openJapanese();
    await page.evaluate(() => {
      const main = document.querySelector('main');
      const planted = document.createElement('p');
      planted.textContent = 'The query failed.';
      const quoted = document.createElement('p');
      quoted.lang = 'en';
      quoted.textContent = 'Parser Error: syntax error';
      const button = document.createElement('button');
      button.textContent = '実行';
      button.setAttribute('aria-label', 'Run query');
      main?.append(planted, quoted, button);
    });
    const words = (await englishWords(page)).map(({ word }) => word);
    expect(words).toEqual(['The', 'query', 'failed', 'Run', 'query']);
    await page.close();
  });

  it('as loaded', async () => {
    const page = await openJapanese();
    expect(await contexts(page)).toEqual([]);
    await page.close();
  });

  it('as prerendered, with JavaScript off', async () => {
    const { page } = await pages.open(JAPANESE_PAGE, { javaScriptEnabled: false });
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(
      await page.textContent('figure[data-chart="monthly-counts"] tr[data-month="2025-04"]'),
    ).toContain('2,987');
    expect(await contexts(page)).toEqual([]);
    await page.close();
  });

  it('with the SQL and data-check panels open, every table unfolded, after a failed query', async () => {
    const page = await openJapanese('?open=sql,check');
    const panel = page.locator('[data-panel="sql"]');
    await panel.locator('textarea, .cm-content').first().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('SELECT * FROM fsa_monthly WHERE WHERE');
    await page.click('[data-action="run-sql"]');
    const error = page.locator('[data-error="sql"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('SQLを実行できませんでした');
    expect(await error.locator('[data-explained="syntax"]').textContent()).toContain(
      '1行目33文字目の「WHERE」付近',
    );
    expect(await error.locator('[lang="en"]').textContent()).toContain('syntax error');
    await panel
      .locator('details')
      .evaluateAll((all) =>
        all.forEach((details) => ((details as HTMLDetailsElement).open = true)),
      );
    expect(await contexts(page)).toEqual([]);
    await page.close();
  });

  it('after an upload’s rejection report, whose download speaks the reader’s language', async () => {
    const page = await openJapanese();
    await chooseFile(page, fixturePath('ragged.csv'));
    expect(await contexts(page, wordsOfFile('ragged.csv'))).toEqual([]);
    const report = await confirmUpload(page);
    expect(report).toContain('1行をテーブル');
    expect(report).toContain('見出し行よりセルが少ない行です');
    expect(await contexts(page, wordsOfFile('ragged.csv'))).toEqual([]);

    expect(await savedText(page, '[data-action="download-rejected"]')).toContain(
      '見出し行よりセルが少ない行です',
    );
    await page.selectOption('[data-control="language"]', 'en');
    await page.waitForSelector('html[lang="en"]', { state: 'attached' });
    expect(await page.textContent(REPORT)).toContain('has fewer cells than the header');
    expect(await page.textContent(REPORT)).toContain('1 row loaded');
    expect(await savedText(page, '[data-action="download-rejected"]')).toContain(
      'has fewer cells than the header',
    );
    await page.close();
  });

  it('after a hostile file is refused', async () => {
    const page = await openJapanese();
    const message = await chooseUnreadable(page, fixturePath('binary.bin'));
    expect(message).toContain('バイナリファイル');
    expect(await contexts(page)).toEqual([]);
    await page.close();
  });
});

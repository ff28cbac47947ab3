import { expect, html, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../src/define.js';
import type { KannerQuickExit } from '../src/components/kanner-quick-exit/kanner-quick-exit.js';
import { DEFAULT_EXIT_HREF } from '../src/components/kanner-quick-exit/kanner-quick-exit.js';
import { clock, navigation, registeredExits, restorePage } from '../src/components/kanner-quick-exit/exit-registry.js';
import type { KannerExitEvent } from '../src/core/events.js';
import { captureWarnings, LOCALES, render, text, THEMES } from './helpers.js';

describe('<kanner-quick-exit>', () => {
  let left: string[];
  const realLeave = navigation.leave;
  const realNow = clock.now;
  let title: string;

  beforeEach(() => {
    left = [];
    navigation.leave = (href) => void left.push(href);
    title = document.title;
  });
  afterEach(() => {
    navigation.leave = realLeave;
    clock.now = realNow;
    restorePage();
    document.title = title;
  });

  const button = (el: KannerQuickExit) => el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
  const pressShift = (key = 'Shift') => sendKeys({ press: key });

  it('is a button whose accessible name says it is an emergency exit', async () => {
    const el = await render<KannerQuickExit>(html`<kanner-quick-exit></kanner-quick-exit>`);
    const name = text(button(el));
    expect(name).to.contain('Leave this site');
    expect(name).to.contain('emergency exit');
    expect(button(el).getAttribute('aria-describedby')).to.equal('hint');
    expect(text(el.shadowRoot!.getElementById('hint'))).to.contain('Shift 3 times');
  });

  it('click blanks the page and its title at once, fires kanner-exit, then replaces the location', async () => {
    const el = await render<KannerQuickExit>(html`<kanner-quick-exit href="https://example.org/"></kanner-quick-exit>`);
    document.title = 'Help for children';
    let seen: { visibility: string; title: string } | undefined;
    el.addEventListener('kanner-exit', () => {
      seen = { visibility: document.documentElement.style.getPropertyValue('visibility'), title: document.title };
    });
    const box = button(el).getBoundingClientRect();
    setTimeout(() => sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] }));
    const event = (await oneEvent(el, 'kanner-exit')) as KannerExitEvent;
    await resetMouse();
    expect(event.detail).to.deep.equal({ href: 'https://example.org/', trigger: 'click' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(seen).to.deep.equal({ visibility: 'hidden', title: '' });
    expect(left).to.deep.equal(['https://example.org/']);
  });

  it('Enter on the focused button exits (trigger "keyboard")', async () => {
    const el = await render<KannerQuickExit>(html`<kanner-quick-exit></kanner-quick-exit>`);
    button(el).focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(el, 'kanner-exit')) as KannerExitEvent;
    expect(event.detail.trigger).to.equal('keyboard');
    expect(left).to.deep.equal([DEFAULT_EXIT_HREF]);
  });

  it('restores a usable page when the reader comes back through the back/forward cache', async () => {
    const el = await render<KannerQuickExit>(html`<kanner-quick-exit></kanner-quick-exit>`);
    document.title = 'Before';
    button(el).click();
    expect(document.title).to.equal('');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(document.documentElement.style.getPropertyValue('visibility')).to.equal('');
    expect(document.title).to.equal('Before');
  });

  describe('href', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.org/', 'mailto:a@b.lu']) {
      it(`rejects ${bad.split(':')[0]}: with a warning naming it, and uses the default`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await render<KannerQuickExit>(html`<kanner-quick-exit href=${bad}></kanner-quick-exit>`);
          expect(el.destination).to.equal(DEFAULT_EXIT_HREF);
          expect(warnings.messages.filter((m) => m.includes(bad)).length).to.equal(1);
          button(el).click();
          expect(left).to.deep.equal([DEFAULT_EXIT_HREF]);
        } finally {
          warnings.restore();
        }
      });
    }

    it('accepts a relative URL on this site as http(s)', async () => {
      const el = await render<KannerQuickExit>(html`<kanner-quick-exit href="/neutral"></kanner-quick-exit>`);
      expect(el.destination).to.equal(new URL('/neutral', location.href).href);
    });
  });

  describe('Shift three times', () => {
    it('leaves with left or right Shift, announcing the presses left', async () => {
      const el = await render<KannerQuickExit>(html`<kanner-quick-exit></kanner-quick-exit>`);
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      await pressShift('ShiftLeft');
      await waitUntil(() => text(status).includes('2'), 'announces 2 more');
      expect(text(status)).to.equal('Press Shift 2 more times to leave this site.');
      await pressShift('ShiftRight');
      await waitUntil(() => text(status).includes('once more'), 'announces once more');
      setTimeout(() => pressShift('ShiftLeft'));
      const event = (await oneEvent(el, 'kanner-exit')) as KannerExitEvent;
      expect(event.detail.trigger).to.equal('shift');
      expect(left.length).to.equal(1);
    });

    it('any other key resets the count', async () => {
      await render<KannerQuickExit>(html`<kanner-quick-exit></kanner-quick-exit>`);
      await pressShift();
      await pressShift();
      await sendKeys({ press: 'KeyA' });
      await pressShift();
      await pressShift();
      expect(left).to.deep.equal([]);
      await pressShift();
      expect(left.length).to.equal(1);
    });

    it('Shift used with another key (a capital letter) does not count', async () => {
      await render<KannerQuickExit>(html`<kanner-quick-exit></kanner-quick-exit>`);
      for (let i = 0; i < 3; i++) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'KeyB' });
        await sendKeys({ up: 'Shift' });
      }
      expect(left).to.deep.equal([]);
    });

    it('presses more than 5 s apart start the count again', async () => {
      await render<KannerQuickExit>(html`<kanner-quick-exit></kanner-quick-exit>`);
      let t = 1_000_000;
      clock.now = () => t;
      await pressShift();
      t += 4_000;
      await pressShift();
      t += 5_001;
      await pressShift();
      expect(left).to.deep.equal([]);
      t += 4_999;
      await pressShift();
      expect(left).to.deep.equal([]);
      t += 100;
      await pressShift();
      expect(left.length).to.equal(1);
    });

    it('uses one page-wide key listener however many exits and banners, and leaves once', async () => {
      const added: string[] = [];
      const original = window.addEventListener;
      window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
        added.push(type);
        return (original as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof window.addEventListener;
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <kanner-quick-exit></kanner-quick-exit><kanner-quick-exit></kanner-quick-exit><kanner-quick-exit></kanner-quick-exit>
          <kanner-hotline-banner quick-exit></kanner-hotline-banner><kanner-hotline-banner quick-exit variant="compact"></kanner-hotline-banner>
        </div>`);
        await waitUntil(() => registeredExits() === 5, 'five exits registered');
        expect(added.filter((t) => t === 'keyup').length).to.be.at.most(1);
        let exits = 0;
        wrapper.addEventListener('kanner-exit', () => exits++);
        await pressShift();
        await pressShift();
        await pressShift();
        expect(exits).to.equal(1);
        expect(left.length).to.equal(1);
      } finally {
        window.addEventListener = original;
      }
    });
  });

  it('stores nothing: no cookie, localStorage or sessionStorage', async () => {
    const before = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
    const el = await render<KannerQuickExit>(html`<kanner-quick-exit></kanner-quick-exit>`);
    button(el).click();
    await pressShift();
    expect({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }).to.deep.equal(before);
  });

  describe('accessibility', () => {
    for (const locale of LOCALES) {
      for (const theme of THEMES) {
        it(`${locale} · ${theme}: no axe violations, translated name`, async () => {
          const el = await render<KannerQuickExit>(html`<kanner-quick-exit lang=${locale} theme=${theme}></kanner-quick-exit>`, locale);
          await expect(el).to.be.accessible();
          if (locale !== 'en') expect(text(button(el))).not.to.contain('Leave this site');
        });
      }
    }

    it('the button is at least 44 × 44 px', async () => {
      const el = await render<KannerQuickExit>(html`<kanner-quick-exit></kanner-quick-exit>`);
      const box = button(el).getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.width).to.be.at.least(44);
    });
  });
});

describe('quick exit in a real page (iframe)', () => {
  it('goes to the neutral page with location.replace: the history does not grow', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/exit-page.html';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('kanner-quick-exit')?.shadowRoot?.querySelector('button'), 'exit page ready', { timeout: 8000 });
      const win = frame.contentWindow!;
      const length = win.history.length;
      frame.contentDocument!.querySelector('kanner-quick-exit')!.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => frame.contentWindow?.location.pathname.endsWith('/neutral.html'), 'navigated', { timeout: 8000 });
      expect(frame.contentWindow!.history.length).to.equal(length);
    } finally {
      frame.remove();
    }
  });
});

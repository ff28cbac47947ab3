/**
 * The finder's search form (SPEC §2.2): free text, need, who I am, age, region, language
 * spoken, how to reach them, open now — real form controls, every one labelled. The
 * element owns the state; this module only renders it and reads the controls back.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { AUDIENCES, type Audience, type CantonId, type NeedId } from '../../data/types.js';
import { REACH, type Criteria, type Reach } from './finder-logic.js';
import { languageName } from './result-card.js';
import type { FinderView } from './finder-view.js';

/** Languages a reader can ask a service to speak (the five of this library). */
const SPOKEN = ['lb', 'fr', 'de', 'en', 'pt'] as const;

export interface FormState {
  criteria: Criteria;
  /** The less-used filters are shown (narrow widget or compact layout). */
  moreFilters: boolean;
  /** A control changed: the criteria it now asks for. */
  onChange(criteria: Criteria): void;
  onToggleMore(): void;
  onReset(): void;
}

function audienceName(a: Audience): string {
  switch (a) {
    case 'child':
      return msg('a child (6–11)');
    case 'teen':
      return msg('a teenager (12–17)');
    case 'young-adult':
      return msg('a young adult (18–21)');
    case 'parent':
      return msg('a parent or carer');
    case 'professional':
      return msg('a professional or a worried adult');
  }
}

function reachName(r: Reach): string {
  switch (r) {
    case 'phone':
      return msg('Phone');
    case 'in-person':
      return msg('In person');
    case 'chat':
      return msg('Chat');
    case 'email':
      return msg('E-mail');
    case 'form':
      return msg('Online form');
  }
}

/** The criteria after the control that fired `event` changed. */
function read(event: Event, c: Criteria): Criteria {
  const target = event.target as HTMLInputElement | HTMLSelectElement;
  const value = target.value;
  switch (target.name) {
    case 'query':
      return { ...c, query: value };
    case 'need':
      return { ...c, need: (value || undefined) as NeedId | undefined };
    case 'audience':
      return { ...c, audience: (value || undefined) as Audience | undefined };
    case 'region':
      return { ...c, region: (value || undefined) as CantonId | undefined };
    case 'language':
      return { ...c, language: value || undefined };
    case 'age': {
      const n = Number(value);
      return { ...c, age: value === '' || !Number.isFinite(n) || n < 0 ? undefined : Math.floor(n) };
    }
    case 'open-now':
      return { ...c, openNow: (target as HTMLInputElement).checked };
    case 'reach': {
      const boxes = [...(target.form?.querySelectorAll<HTMLInputElement>('input[name="reach"]') ?? [])];
      return { ...c, reach: boxes.filter((b) => b.checked).map((b) => b.value as Reach) };
    }
    default:
      return c;
  }
}

/** The form (`part="filters"`). */
export function finderForm(view: FinderView, state: FormState): TemplateResult {
  const c = state.criteria;
  const data = view.data;
  const onInput = (event: Event) => {
    const next = read(event, state.criteria);
    if (next !== state.criteria) state.onChange(next);
  };
  const onReset = (event: Event) => {
    state.onReset();
    (event.target as HTMLElement).closest('form')?.reset();
  };
  return html`<form class="filters k-screen-only" part="filters" role="search" @input=${onInput} @change=${onInput} @submit=${(e: Event) => e.preventDefault()}>
    <div class="field wide">
      <label for="q">${msg('Search (any language)')}</label>
      <input id="q" name="query" type="search" autocomplete="off" spellcheck="false" .value=${c.query ?? ''} />
    </div>
    <div class="field">
      <label for="need">${msg('What do you need help with?')}</label>
      <select id="need" name="need">
        <option value="" ?selected=${!c.need}>${msg('Anything')}</option>
        ${data.needs.map((n) => html`<option value=${n.id} ?selected=${c.need === n.id}>${view.t(n.name)}</option>`)}
      </select>
    </div>
    <!-- Shown in the compact layout, and in the full one when the widget is narrow (CSS). -->
    <button type="button" class="more k-button" aria-expanded=${String(state.moreFilters)} aria-controls="more-filters" @click=${state.onToggleMore}>
      ${state.moreFilters ? msg('Fewer filters') : msg('More filters')}
    </button>
    <div id="more-filters" class="more-filters">
      <div class="field">
        <label for="audience">${msg('Who are you?')}</label>
        <select id="audience" name="audience">
          <option value="" ?selected=${!c.audience}>${msg('Anyone')}</option>
          ${AUDIENCES.map((a) => html`<option value=${a} ?selected=${c.audience === a}>${audienceName(a)}</option>`)}
        </select>
      </div>
      <div class="field narrow">
        <label for="age">${msg('Age')}</label>
        <input id="age" name="age" type="number" inputmode="numeric" min="0" max="99" .value=${c.age === undefined ? '' : String(c.age)} />
      </div>
      <div class="field">
        <label for="region">${msg('Region (canton)')}</label>
        <select id="region" name="region">
          <option value="" ?selected=${!c.region}>${msg('All of Luxembourg')}</option>
          ${data.regions.map((r) => html`<option value=${r.id} ?selected=${c.region === r.id}>${view.t(r.name)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="language">${msg('Language spoken')}</label>
        <select id="language" name="language">
          <option value="" ?selected=${!c.language}>${msg('Any language')}</option>
          ${SPOKEN.map((l) => html`<option value=${l} ?selected=${c.language === l}>${languageName(l, view.locale)}</option>`)}
        </select>
      </div>
      <fieldset class="field reach">
        <legend>${msg('How do you want to reach them?')}</legend>
        ${REACH.map((r) => html`<label class="check"><input type="checkbox" name="reach" value=${r} .checked=${!!c.reach?.includes(r)} /> ${reachName(r)}</label>`)}
      </fieldset>
      <label class="check open-now"><input type="checkbox" name="open-now" .checked=${!!c.openNow} /> ${msg('Open now')}</label>
    </div>
    <button type="button" class="reset k-button" @click=${onReset}>${msg('Clear search and filters')}</button>
  </form>`;
}

// The services and needs added from the December 2026 facts addendum, as a reader finds
// them: a preset `need` narrows the first render; the needs' synonyms find the new services
// in every language; the region filter keeps local services to their cantons; the adult
// line (SOS Détresse) is never offered to children or teens.
import { expect, html } from '@open-wc/testing';
import '../src/define.js';
import type { KannerServiceFinder } from '../src/components/kanner-service-finder/kanner-service-finder.js';
import type { KannerHotlineBanner } from '../src/components/kanner-hotline-banner/kanner-hotline-banner.js';
import { blockNavigation, dataset, expectedTel, LOCALES, render, $, cards, type } from './helpers.js';
import type { Locale, NeedId } from '../src/data/types.js';

const NEW_NEEDS: NeedId[] = ['substance-use', 'sexual-health', 'lgbtiq', 'crime-victim', 'school-wellbeing'];

const service = (id: string) => dataset.services.find((s) => s.id === id)!;
const tagged = (need: NeedId) => dataset.services.filter((s) => s.needs.includes(need)).map((s) => s.id);
const serves = (id: string, canton: string) => {
  const regions = service(id).regions;
  return regions === 'national' || (regions as string[]).includes(canton);
};

describe('<kanner-service-finder> and the December 2026 services', () => {
  let unblock: () => void;
  beforeEach(() => (unblock = blockNavigation()));
  afterEach(() => unblock());

  describe('a preset need narrows the first render to the services with that need', () => {
    for (const need of NEW_NEEDS) {
      it(need, async () => {
        const el = await render<KannerServiceFinder>(html`<kanner-service-finder need=${need}></kanner-service-finder>`);
        const shown = cards(el);
        expect(shown.length, 'some services').to.be.greaterThan(0);
        expect(shown.length, 'fewer than every service').to.be.lessThan(dataset.services.length);
        expect([...shown].sort()).to.deep.equal([...tagged(need)].sort());
        expect($<HTMLSelectElement>(el, 'select[name="need"]').value).to.equal(need);
      });
    }
  });

  it('the need filter names the new needs in every language', async () => {
    for (const locale of LOCALES) {
      const el = await render<KannerServiceFinder>(html`<kanner-service-finder lang=${locale}></kanner-service-finder>`, locale);
      for (const need of NEW_NEEDS) {
        const option = $<HTMLOptionElement>(el, `select[name="need"] option[value="${need}"]`);
        expect(option, `${locale} ${need}`).to.not.equal(null);
        expect(option.textContent!.trim()).to.equal(dataset.needs.find((n) => n.id === need)!.name[locale]);
      }
    }
  });

  // Words a reader types, per language; what must come first, and what must be among the results.
  const SEARCHES: { need: NeedId; first: (id: string) => boolean; includes: string; words: Record<Locale, string> }[] = [
    {
      need: 'substance-use',
      first: (id) => service(id).needs.includes('substance-use'),
      includes: 'impuls',
      words: { en: 'drugs', fr: 'drogue', de: 'Drogen', lb: 'Sucht', pt: 'droga' },
    },
    {
      need: 'sexual-health',
      first: (id) => id === 'planning-familial',
      includes: 'planning-familial',
      words: { en: 'pregnant', fr: 'enceinte', de: 'schwanger', lb: 'Verhütung', pt: 'grávida' },
    },
    {
      need: 'lgbtiq',
      first: (id) => id === 'cigale',
      includes: 'cigale',
      words: { en: 'gay', fr: 'trans', de: 'schwul', lb: 'lesbesch', pt: 'lésbica' },
    },
    {
      need: 'crime-victim',
      first: (id) => service(id).needs.includes('crime-victim'),
      includes: 'waisse-rank',
      words: { en: 'victim', fr: 'victime', de: 'Opfer', lb: 'Affer', pt: 'vítima' },
    },
    {
      need: 'school-wellbeing',
      first: (id) => service(id).needs.includes('school-wellbeing') || service(id).needs.includes('online-abuse'),
      includes: 'cepas-ccjf',
      words: { en: 'bullying', fr: 'harcèlement', de: 'Mobbing', lb: 'Schoul', pt: 'escola' },
    },
  ];

  describe('synonyms in each language find the new services', () => {
    for (const locale of LOCALES) {
      it(locale, async () => {
        const el = await render<KannerServiceFinder>(html`<kanner-service-finder lang=${locale}></kanner-service-finder>`, locale);
        for (const search of SEARCHES) {
          const word = search.words[locale];
          await type(el, word);
          const shown = cards(el);
          expect(shown.length, `"${word}" finds something`).to.be.greaterThan(0);
          expect(shown.length, `"${word}" narrows`).to.be.lessThan(dataset.services.length);
          expect(search.first(shown[0]!), `"${word}" (${locale}) first: ${shown[0]}`).to.equal(true);
          expect(shown, `"${word}" (${locale})`).to.include(search.includes);
        }
        // The German and Portuguese words also work on a page in any other language.
        await type(el, 'Drogen');
        expect(cards(el)).to.include('impuls');
        await type(el, 'grávida');
        expect(cards(el)[0]).to.equal('planning-familial');
      });
    }
  });

  it('region esch-sur-alzette keeps Impuls (local there) and drops services bound to other cantons', async () => {
    const esch = await render<KannerServiceFinder>(html`<kanner-service-finder region="esch-sur-alzette"></kanner-service-finder>`);
    const inEsch = cards(esch);
    expect(inEsch).to.include('impuls');
    for (const id of inEsch) expect(serves(id, 'esch-sur-alzette'), id).to.equal(true);
    expect(inEsch.length).to.equal(dataset.services.filter((s) => serves(s.id, 'esch-sur-alzette')).length);
    const place = esch.shadowRoot!.querySelector('.card[data-id="impuls"] .place .address')!;
    expect(place.textContent).to.match(/rue de l'Alzette/);
    expect(place.textContent).to.match(/Esch-sur-Alzette/);

    const city = await render<KannerServiceFinder>(html`<kanner-service-finder region="luxembourg" need="substance-use"></kanner-service-finder>`);
    const inCity = cards(city);
    expect(inCity).not.to.include('impuls');
    expect(inCity.length, 'a national addiction service still shows').to.be.greaterThan(0);
    for (const id of inCity) expect(serves(id, 'luxembourg'), id).to.equal(true);

    const north = await render<KannerServiceFinder>(html`<kanner-service-finder region="diekirch" need="sexual-health"></kanner-service-finder>`);
    expect(cards(north)).to.include('planning-familial');
    const east = await render<KannerServiceFinder>(html`<kanner-service-finder region="remich" need="sexual-health"></kanner-service-finder>`);
    expect(cards(east)).not.to.include('planning-familial');
  });

  it('SOS Détresse is offered to parents and young adults, never to children or teens', async () => {
    const parents = await render<KannerServiceFinder>(html`<kanner-service-finder audience="parent" need="someone-to-talk-to"></kanner-service-finder>`);
    expect(cards(parents)).to.include('sos-detresse');
    for (const audience of ['child', 'teen']) {
      const young = await render<KannerServiceFinder>(html`<kanner-service-finder audience=${audience} need="someone-to-talk-to"></kanner-service-finder>`);
      expect(cards(young), audience).not.to.include('sos-detresse');
      expect(cards(young), audience).to.include('kjt-116111');
    }
  });

  it('the banner dials SOS Détresse when asked for it by id', async () => {
    const el = await render<KannerHotlineBanner>(html`<kanner-hotline-banner contacts="sos-detresse,116111"></kanner-hotline-banner>`);
    const hrefs = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.number')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([expectedTel('sos-detresse'), expectedTel('116111')]);
    expect(expectedTel('sos-detresse')).to.equal('tel:+352454545');
    for (const audience of ['child', 'teen']) {
      const young = await render<KannerHotlineBanner>(html`<kanner-hotline-banner audience=${audience}></kanner-hotline-banner>`);
      const numbers = [...young.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.number')].map((a) => a.getAttribute('href'));
      expect(numbers, audience).not.to.include('tel:+352454545');
    }
  });
});

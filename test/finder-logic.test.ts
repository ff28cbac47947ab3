import { expect } from '@open-wc/testing';
import { Finder, fold } from '../src/components/kanner-service-finder/finder-logic.js';
import { queryLanguages } from '../src/components/kanner-service-finder/query-languages.js';
import { directoryPack } from '../src/data/directory.js';
import { dataset } from './helpers.js';

const finder = new Finder(directoryPack.core);
const ids = (query: string, extra = {}) => finder.search({ query, ...extra }).map((r) => r.entry.service.id);
const tagged = (need: string) => dataset.services.filter((s) => (s.needs as string[]).includes(need)).map((s) => s.id);
const saturdayNoon = new Date('2026-11-21T11:00:00Z');
const mondayTen = new Date('2026-11-23T09:00:00Z');

describe('service finder: search', () => {
  before(() => queryLanguages.loadAll());

  it('folds case and accents', () => {
    expect(fold('Péitrusshaus')).to.equal('peitrusshaus');
    expect(fold('VIOLÊNCIA')).to.equal('violencia');
  });

  it('"Gewalt", "violence", "violência" and "Gewalt doheem" find the same services, every violence service among them', () => {
    const reference = [...ids('violence')].sort();
    for (const id of tagged('violence-abuse')) expect(reference).to.include(id);
    for (const q of ['Gewalt', 'violência', 'violencia', 'Gewalt doheem', 'VIOLENCE']) {
      expect([...ids(q)].sort(), q).to.deep.equal(reference);
    }
    for (const q of ['maltraitance', 'Mëssbrauch', 'Missbrauch', 'maus-tratos']) {
      for (const id of tagged('violence-abuse')) expect(ids(q), q).to.include(id);
    }
  });

  it('custody, garde, Sorgerecht, guarda find family-conflict services', () => {
    const expected = [...tagged('family-conflict')].sort();
    for (const q of ['custody', 'garde', 'Sorgerecht', 'guarda']) expect([...ids(q)].sort(), q).to.deep.equal(expected);
  });

  it('runaway, fugue, weggelaufen, fuga surface 116 000', () => {
    for (const q of ['runaway', 'fugue', 'weggelaufen', 'fuga']) expect(ids(q), q).to.include('one-116000');
  });

  it('"Ombudsman" (and a prefix of it) finds OKaJu first', () => {
    expect(ids('Ombudsman')[0]).to.equal('okaju-complaints');
    expect(ids('ombuds')[0]).to.equal('okaju-complaints');
  });

  it('"Péitrusshaus", without the accent, in capitals and with a typo find Péitrusshaus first', () => {
    for (const q of ['Péitrusshaus', 'Peitrusshaus', 'PEITRUSSHAUS', 'peitrushaus']) expect(ids(q)[0], q).to.equal('peitrusshaus');
  });

  it('a nonsense word finds nothing', () => {
    expect(ids('xqzvvkplm')).to.deep.equal([]);
  });

  it('a place name finds the services that are there', () => {
    expect(ids('Wiltz')).to.include('one-aide-enfance');
  });
});

describe('service finder: filters', () => {
  const all = finder.search({}).length;

  it('no criteria: every service', () => {
    expect(all).to.equal(dataset.services.length);
  });

  it('need narrows to services with that need; its own service first', () => {
    const r = ids('', { need: 'missing-child' });
    expect([...r].sort()).to.deep.equal([...tagged('missing-child')].sort());
    expect(r[0]).to.equal('one-116000');
  });

  it('"immediate danger" pins the emergency services first', () => {
    const r = finder.search({ need: 'immediate-danger' });
    expect(r.slice(0, 2).every((x) => x.pinned && x.entry.service.emergency)).to.equal(true);
    const withQuery = finder.search({ need: 'immediate-danger', query: 'police' });
    expect(withQuery[0]!.entry.service.emergency).to.equal(true);
  });

  it('audience keeps only services for that reader', () => {
    const r = finder.search({ audience: 'child' });
    expect(r.length).to.be.lessThan(all);
    expect(r.every((x) => x.entry.service.audiences.includes('child'))).to.equal(true);
  });

  it('age excludes services whose sourced age band does not fit, and keeps those without one', () => {
    const r = ids('', { age: 30 });
    expect(r).not.to.include('one-aide-enfance'); // 0–27
    expect(r).not.to.include('peitrusshaus'); // 12–21
    expect(r).to.include('kjt-116111'); // no sourced band
    expect(ids('', { age: 15 })).to.include('peitrusshaus');
  });

  it('region keeps national services and those serving that canton, and lists its places first', () => {
    const data = structuredClone(directoryPack.core);
    data.services.push({ ...structuredClone(data.services[0]!), id: 'local-wiltz', regions: ['wiltz'] });
    const local = new Finder(data);
    const wiltz = local.search({ region: 'wiltz' }).map((r) => r.entry.service.id);
    const capellen = local.search({ region: 'capellen' }).map((r) => r.entry.service.id);
    expect(wiltz).to.include('local-wiltz');
    expect(capellen).not.to.include('local-wiltz');
    const servesCapellen = dataset.services.filter((s) => s.regions === 'national' || (s.regions as string[]).includes('capellen'));
    expect(capellen.length).to.equal(servesCapellen.length);
    const one = finder.search({ region: 'wiltz', need: 'neglect' }).find((r) => r.entry.service.id === 'one-aide-enfance')!;
    expect(one.places[0]!.canton).to.equal('wiltz');
  });

  it('how to reach them: any of the ways chosen', () => {
    const chat = finder.search({ reach: ['chat'] });
    expect(chat.length).to.be.greaterThan(0);
    expect(chat.every((r) => r.entry.channels.some((c) => c.type === 'chat'))).to.equal(true);
    const inPerson = finder.search({ reach: ['in-person'] });
    expect(inPerson.every((r) => r.entry.places.length > 0)).to.equal(true);
    const either = finder.search({ reach: ['chat', 'in-person'] });
    expect(either.length).to.equal(new Set([...chat, ...inPerson].map((r) => r.entry.service.id)).size);
  });

  it('language spoken keeps only services whose languages are sourced and include it', () => {
    const r = finder.search({ language: 'fr' });
    expect(r.length).to.be.greaterThan(0);
    expect(r.every((x) => x.entry.service.languages?.codes.includes('fr'))).to.equal(true);
  });

  it('open now uses only sourced hours, in Luxembourg time', () => {
    const sat = finder.search({ openNow: true }, saturdayNoon).map((r) => r.entry.service.id);
    expect(sat).to.include('one-116000'); // 24/7
    expect(sat).not.to.include('one-aide-enfance'); // Mon–Fri 8–18
    expect(sat).not.to.include('kjt-116111'); // hours not known: never claimed open
    const mon = finder.search({ openNow: true }, mondayTen).map((r) => r.entry.service.id);
    expect(mon).to.include('one-aide-enfance');
  });

  it('filters combine', () => {
    const r = finder.search({ query: 'violence', audience: 'parent', reach: ['phone'] });
    expect(r.length).to.be.greaterThan(0);
    for (const x of r) {
      expect(x.entry.service.audiences).to.include('parent');
      expect(x.entry.phones.length).to.be.greaterThan(0);
    }
  });
});

describe('service finder: crisis words', () => {
  it('the adult line (SOS Détresse) leads for a parent; a child gets 116 111 and 112; danger keeps 112 first', () => {
    const u = finder.understand('I want to die');
    expect(finder.crisisHotlines(u, 'parent')).to.deep.equal(['sos-detresse', '116111', '112']);
    expect(finder.crisisHotlines(u, 'child')).to.deep.equal(['116111', '112']);
    expect(finder.crisisHotlines(u)).to.deep.equal(['116111', '112']);
    expect(finder.search({ query: 'I want to die', audience: 'parent' })[0]!.entry.service.id).to.equal('sos-detresse');
    expect(finder.search({ query: 'I want to die' })[0]!.entry.service.id).to.equal('kjt-116111');
    expect(finder.crisisHotlines(finder.understand('he is hitting me right now'), 'parent')).to.deep.equal(['112', '113', '116111']);
    // Without a reader cue, words of crisis are a young reader's: never the adult line.
    expect(finder.crisisHotlines(finder.understand('ich will nicht mehr leben'))).to.deep.equal(['116111', '112']);
  });

  it('crisis words are found before any language has loaded, and in every language at once', () => {
    const bare = new Finder(directoryPack.core, () => []);
    for (const q of ['I want to die', 'je veux mourir', 'ich will nicht mehr leben', 'ech wëll stierwen', 'quero morrer', 'suicde']) {
      expect(bare.understand(q).crisis, q).to.equal('suicide');
      expect(bare.search({ query: q })[0]!.entry.service.id, q).to.equal('kjt-116111');
    }
    for (const q of ['mourir de rire', 'totmüde', 'dead tired', 'this cake is to die for']) expect(bare.understand(q).crisis, q).to.equal(undefined);
  });
});

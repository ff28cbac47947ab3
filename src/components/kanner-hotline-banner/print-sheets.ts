/**
 * The banner's two paper variants, loaded only when a page asks for one (the QR encoder
 * stays out of every other page):
 * - `variant="poster"`: an A4 poster — the audience's heading, then each line with its
 *   number, who it is for, its sourced hours, and beside the number a QR code that dials it.
 * - `variant="cards"`: an A4 sheet of ten credit-card-sized cards (85.6 × 54 mm) to cut out,
 *   one line per card with the same content, repeated to fill the sheet.
 * The QR codes are drawn in the browser (uqr, no network) as SVG paths: `tel:` + the number.
 */
import { css, html, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { encode } from 'uqr';

/** One line as the sheets print it; every text comes from the dataset. */
export interface SheetLine {
  id: string;
  title: string;
  forText: string;
  display: string;
  href: string;
  emergency: boolean;
  /** "Open 24/7" (sourced), the sourced hours, and the "checked" note; may be empty. */
  hours: string[];
}

/** Cards on one A4 sheet (2 × 5). */
export const CARDS_PER_SHEET = 10;

/** A QR code that dials `href`, as one SVG path (quiet zone of 4 modules). */
export function qrCode(href: string): TemplateResult {
  const { data, size } = encode(href, { ecc: 'M', border: 4 });
  let d = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (x + run < size && row[x + run]) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return html`<svg class="qr" part="qr" data-href=${href} viewBox="0 0 ${size} ${size}" aria-hidden="true" shape-rendering="crispEdges">
    ${svg`<rect width=${size} height=${size} fill="#fff"></rect><path d=${d} fill="#000"></path>`}
  </svg>`;
}

function lineText(line: SheetLine, onCall: (line: SheetLine) => void): TemplateResult {
  return html`<div class="line-text">
    <a class="line-number" href=${line.href} @click=${() => onCall(line)}
      ><span class="visually-hidden">${msg('Call')} </span><span class="line-title">${line.title}</span>
      <span class="digits">${line.display}</span></a
    >
    <p class="line-for">${line.forText}</p>
    ${line.hours.length ? html`<p class="line-hours">${line.hours.join(' · ')}</p>` : ''}
  </div>`;
}

export function poster(heading: string, lang: string, lines: readonly SheetLine[], checked: string, onCall: (line: SheetLine) => void): TemplateResult {
  return html`<section class="sheet poster ${lines.length > 5 ? 'dense' : ''}" part="base" aria-labelledby="heading" lang=${lang}>
    <h2 class="sheet-heading" id="heading" part="heading">${heading}</h2>
    <p class="sheet-lede">${msg('Scan a code with a phone camera to call the number beside it, or dial it.')}</p>
    <ul class="sheet-lines" part="list">
      ${lines.map(
        (line) => html`<li class="line ${line.emergency ? 'emergency' : ''}" part="contact" data-id=${line.id}>
          ${qrCode(line.href)} ${lineText(line, onCall)}
        </li>`,
      )}
    </ul>
    <p class="sheet-source">${msg(str`Numbers checked ${checked}. Before printing a new copy, check them on each service's website.`)}</p>
  </section>`;
}

export function cards(heading: string, lang: string, lines: readonly SheetLine[], onCall: (line: SheetLine) => void): TemplateResult {
  const slots = lines.length ? Array.from({ length: Math.max(CARDS_PER_SHEET, lines.length) }, (_, i) => lines[i % lines.length]!) : [];
  return html`<section class="sheet cards" part="base" aria-labelledby="heading" lang=${lang}>
    <h2 class="visually-hidden" id="heading" part="heading">${heading}</h2>
    <ul class="pockets" part="list">
      ${slots.map(
        (line) => html`<li class="pocket ${line.emergency ? 'emergency' : ''}" part="contact" data-id=${line.id}>
          <p class="pocket-kicker">${heading}</p>
          <div class="pocket-main">${lineText(line, onCall)} ${qrCode(line.href)}</div>
        </li>`,
      )}
    </ul>
  </section>`;
}

/** Adopted by the banner's shadow root when a sheet variant is drawn. */
export const sheetStyles = css`
  :host([variant='poster']),
  :host([variant='cards']) {
    min-height: 0;
    container-type: normal;
  }

  .sheet {
    background: #fff;
    color: #000;
    color-scheme: light;
    font-size: 12pt;
    line-height: 1.3;
  }

  .qr {
    display: block;
    flex: none;
    background: #fff;
  }

  .line-number {
    display: flex;
    flex-direction: column;
    min-height: 44px;
    color: #000;
    text-decoration: none;
  }

  .line-title {
    font-weight: 700;
  }

  .digits {
    font-weight: 800;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    color: #0a3d75;
  }

  .emergency .digits {
    color: #8a0015;
  }

  .line-for,
  .line-hours,
  .sheet-lede,
  .sheet-source {
    margin: 0;
  }

  .line-hours,
  .sheet-source {
    color: #333;
  }

  /* ——— poster: A4 portrait ——— */
  .poster {
    box-sizing: border-box;
    width: 210mm;
    max-width: 100%;
    min-height: 297mm;
    padding: 14mm 14mm 10mm;
    display: flex;
    flex-direction: column;
    gap: 5mm;
    border: 1px solid #595959;
  }

  .sheet-heading {
    margin: 0;
    font-size: 26pt;
    line-height: 1.15;
    border-bottom: 2mm solid #8a0015;
    padding-bottom: 3mm;
  }

  .sheet-lede {
    font-size: 12pt;
  }

  .sheet-lines {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 4mm;
    flex: 1;
  }

  .line {
    display: flex;
    align-items: center;
    gap: 6mm;
    padding: 3mm 4mm;
    border: 0.4mm solid #595959;
    border-inline-start: 2mm solid #0a3d75;
    border-radius: 2mm;
    break-inside: avoid;
  }

  .line.emergency {
    border-inline-start-color: #8a0015;
  }

  .poster .qr {
    width: 30mm;
    height: 30mm;
  }


  .poster .line-title {
    font-size: 15pt;
  }

  .poster .digits {
    font-size: 30pt;
    line-height: 1.1;
  }

  .poster .line-for {
    font-size: 12pt;
  }

  .poster .line-hours {
    font-size: 10.5pt;
  }

  .sheet-source {
    font-size: 9pt;
  }

  /* Six lines or more: name and number on one line, smaller codes, so eight fit on A4. */
  .poster.dense {
    gap: 4mm;
  }

  .dense .sheet-heading {
    font-size: 22pt;
  }

  .dense .sheet-lines {
    gap: 2.5mm;
  }

  .dense .line {
    gap: 5mm;
    padding: 2mm 4mm;
  }

  .poster.dense .qr {
    width: 21mm;
    height: 21mm;
  }

  .dense .line-number {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 3mm;
  }

  .poster.dense .line-title {
    font-size: 13pt;
  }

  .poster.dense .digits {
    font-size: 22pt;
  }

  .poster.dense .line-for {
    font-size: 10.5pt;
  }

  .poster.dense .line-hours {
    font-size: 9pt;
  }

  /* ——— pocket cards: 2 × 5 on A4, each 85.6 × 54 mm, with cut lines ——— */
  .cards {
    width: 210mm;
    max-width: 100%;
    box-sizing: border-box;
    padding: 8mm 0;
  }

  .pockets {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(2, 85.6mm);
    grid-auto-rows: 54mm;
    justify-content: center;
    gap: 2mm;
  }

  .pocket {
    box-sizing: border-box;
    overflow: hidden;
    display: flex;
    flex-direction: column;
    padding: 2.5mm 3mm;
    border: 0.3mm dashed #595959;
    border-top: 1.5mm solid #0a3d75;
    break-inside: avoid;
    font-size: 7.5pt;
  }

  .pocket.emergency {
    border-top-color: #8a0015;
  }

  .pocket-kicker {
    margin: 0 0 1mm;
    font-size: 7pt;
    font-weight: 700;
    color: #333;
  }

  .pocket-main {
    flex: 1;
    display: flex;
    align-items: center;
    gap: 3mm;
  }

  .pocket .line-text {
    flex: 1;
    min-width: 0;
  }

  .pocket .line-title {
    font-size: 9pt;
  }

  .pocket .digits {
    font-size: 19pt;
    line-height: 1.1;
  }

  .pocket .line-hours {
    margin-top: 0.5mm;
    font-size: 6.5pt;
  }

  .pocket .qr {
    width: 24mm;
    height: 24mm;
  }

  @media print {
    .poster {
      width: 100%;
      min-height: 0;
      border: 0;
      padding: 12mm 12mm 8mm;
      break-after: page;
    }

    .cards {
      width: 100%;
      padding: 6mm 0 0;
      break-after: page;
    }

    .qr {
      print-color-adjust: exact;
    }

    /* On paper a link has no target size to keep. */
    .dense .line-number {
      min-height: 0;
    }
  }
`;

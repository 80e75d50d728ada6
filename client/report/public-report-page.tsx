import { useEffect, useRef, useState } from 'preact/hooks';
import {
  reportCategories,
  reportCategoryLabels,
  reportStatusLabels,
  type ReportCategory,
} from '../../server/schema/enums/public-report.ts';
import type { PublicReportFollowUp, PublicReportReceipt } from '../../server/schema/public-reports.ts';
import { publicReportMessages } from '../i18n/public-report.ts';
import type { Language } from '../state/app-state.ts';
import { createPinMap, type PinMap } from './pin-map.ts';
import { lookUpPublicReport, sendPublicReport } from './public-report-api.ts';

const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/** Follow a report by its ticket: status, times and the public reply. */
function FollowUp({ lang, initial }: { lang: Language; initial: string }) {
  const m = publicReportMessages(lang);
  const [ticket, setTicket] = useState(initial);
  const [found, setFound] = useState<PublicReportFollowUp | null>(null);
  const [error, setError] = useState<string | null>(null);
  const look = async () => {
    setError(null);
    const result = await lookUpPublicReport(ticket, lang, m.networkError);
    if (result.ok) setFound(result.value);
    else {
      setFound(null);
      setError(m.lookupFailed(result.message));
    }
  };
  return (
    <section class="public-follow" data-public-follow="">
      <h2>{m.followTitle}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void look();
        }}
      >
        <label class="field">
          <span>{m.followTicket}</span>
          <input
            value={ticket}
            maxLength={40}
            placeholder="JB20231230-XXXXXX"
            data-follow-ticket=""
            onInput={(e) => setTicket(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="primary">
          {m.followButton}
        </button>
      </form>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {found ? (
        <dl data-follow-result={found.status}>
          <dt>{m.status}</dt>
          <dd>{reportStatusLabels[found.status][lang]}</dd>
          <dt>{m.received}</dt>
          <dd>{found.receivedAt.replace('T', ' ')}</dd>
          <dt>{m.updated}</dt>
          <dd>{found.updatedAt.replace('T', ' ')}</dd>
          <dt>{m.reply}</dt>
          <dd>{found.reply ?? m.noReply}</dd>
        </dl>
      ) : null}
    </section>
  );
}

/**
 * The public report page (群众举报, no sign-in, phone friendly): category, description, a pin on the console's
 * offline basemap (or 「使用我的位置」), an optional photo and contact (with who sees it), a honeypot field hidden
 * from people; on success the ticket shown big, and 「查询办理进度」 by ticket.
 */
export function PublicReportPage({ initialLang }: { initialLang: Language }) {
  const [lang, setLang] = useState<Language>(initialLang);
  const m = publicReportMessages(lang);
  const [category, setCategory] = useState<ReportCategory>('industrial-emission');
  const [pin, setPin] = useState<[number, number] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<PublicReportReceipt | null>(null);
  const mapHost = useRef<HTMLDivElement>(null);
  const pinMap = useRef<PinMap | null>(null);

  useEffect(() => {
    if (receipt || !mapHost.current) return;
    pinMap.current = createPinMap(mapHost.current, lang, (lon, lat) => setPin([lon, lat]));
    return () => {
      pinMap.current?.remove();
      pinMap.current = null;
    };
  }, [receipt]);

  const locate = () =>
    navigator.geolocation?.getCurrentPosition(
      (p) => pinMap.current?.setPin(p.coords.longitude, p.coords.latitude),
      () => setError(m.locationFailed),
      { enableHighAccuracy: true, timeout: 10_000 },
    );

  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const description = String(data.get('description') ?? '').trim();
    if (description.length < 10) return setError(m.tooShort);
    if (!pin) return setError(m.pinMissing);
    const photo = data.get('photo');
    if (photo instanceof File && photo.size === 0) data.delete('photo');
    if (photo instanceof File && photo.size > MAX_PHOTO_BYTES) return setError(m.photoTooBig);
    data.set('lon', pin[0].toFixed(6));
    data.set('lat', pin[1].toFixed(6));
    setBusy(true);
    const result = await sendPublicReport(data, lang, m.networkError);
    setBusy(false);
    if (result.ok) setReceipt(result.value);
    else setError(m.failed(result.message));
  };

  return (
    <main class="public-report" lang={lang === 'zh' ? 'zh-CN' : 'en'} data-public-report="">
      <header>
        <h1>{m.title}</h1>
        <button
          type="button"
          class="link-button"
          data-action="language"
          onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
        >
          {m.otherLanguage}
        </button>
      </header>
      {receipt ? (
        <section class="public-receipt" data-public-receipt="">
          <p>{m.thanks}</p>
          <p>{m.ticketIs}</p>
          <p class="public-ticket" data-ticket={receipt.ticket}>
            {receipt.ticket}
          </p>
          <p class="muted">{m.keepTicket}</p>
          <button
            type="button"
            onClick={() => {
              setReceipt(null);
              setPin(null);
            }}
          >
            {m.another}
          </button>
        </section>
      ) : (
        <form
          class="public-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit(e.currentTarget);
          }}
        >
          <p class="muted">{m.intro}</p>
          <label class="field">
            <span>{m.category}</span>
            <select
              name="category"
              value={category}
              onChange={(e) => setCategory(e.currentTarget.value as ReportCategory)}
            >
              {reportCategories.map((c) => (
                <option key={c} value={c}>
                  {reportCategoryLabels[c][lang]}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>{m.description}</span>
            <textarea name="description" rows={4} minLength={10} maxLength={1000} required />
          </label>
          <div class="field">
            <span>{m.pin}</span>
            <div class="public-map" ref={mapHost} data-public-map="" />
            <span class="muted" data-pin={pin ? 'set' : 'none'}>
              {pin ? m.pinSet(pin[0].toFixed(5), pin[1].toFixed(5)) : m.pinMissing}
            </span>
            <button type="button" onClick={locate}>
              {m.useMyLocation}
            </button>
          </div>
          <label class="field">
            <span>{m.address}</span>
            <input name="address" maxLength={200} />
          </label>
          <label class="field">
            <span>{m.photo}</span>
            <input name="photo" type="file" accept="image/jpeg,image/png" capture="environment" />
          </label>
          <fieldset>
            <legend>{m.contactTitle}</legend>
            <p class="muted">{m.contactNote}</p>
            <label class="field">
              <span>{m.name}</span>
              <input name="reporterName" maxLength={50} autocomplete="name" />
            </label>
            <label class="field">
              <span>{m.phone}</span>
              <input name="reporterPhone" type="tel" maxLength={20} autocomplete="tel" />
            </label>
          </fieldset>
          <label class="public-honeypot" aria-hidden="true">
            {m.honeypot}
            <input name="website" tabIndex={-1} autocomplete="off" />
          </label>
          {error ? (
            <p class="error" role="alert" data-public-error="">
              {error}
            </p>
          ) : null}
          <button type="submit" class="primary" disabled={busy} data-public-submit="">
            {busy ? m.submitting : m.submit}
          </button>
        </form>
      )}
      <FollowUp key={receipt?.ticket ?? ''} lang={lang} initial={receipt?.ticket ?? ''} />
      <p>
        <a href="/">{m.toConsole}</a>
      </p>
    </main>
  );
}

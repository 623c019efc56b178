// The report settings (settings.reports): time zone, first-response target, business hours, the
// weekly reminder and the CSV separator. Checked with the core's schema, saved with settings.set
// (the background writes, and reschedules the reminder).
import { useEffect, useId, useState } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { send } from '../../messaging/client';
import { reportSettingsSchema, type ReportSettings } from '../core/settings';
import { isZone, resolveZone } from '../core/tz';
import { BusinessHoursField, DEFAULT_HOURS } from './business-hours-field';
import { HolidaysField } from './holidays-field';
import { weekdayNames } from './format';

function ReminderFields({
  id,
  value,
  onChange,
}: {
  id: string;
  value: ReportSettings;
  onChange(v: ReportSettings): void;
}) {
  const { t, lang } = useI18n();
  const r = value.reminder;
  const set = (patch: Partial<ReportSettings['reminder']>) => onChange({ ...value, reminder: { ...r, ...patch } });
  return (
    <fieldset>
      <legend>{t('report.settings.reminder')}</legend>
      <label class="check">
        <input type="checkbox" checked={r.enabled} onChange={(e) => set({ enabled: e.currentTarget.checked })} />{' '}
        {t('report.settings.reminder')}
      </label>
      <label for={`${id}-weekday`}>{t('report.settings.weekday')}</label>
      <select id={`${id}-weekday`} value={r.weekday} onChange={(e) => set({ weekday: Number(e.currentTarget.value) })}>
        {weekdayNames(lang).map((name, d) => (
          <option key={d} value={d}>
            {name}
          </option>
        ))}
      </select>
      <label for={`${id}-hour`}>{t('report.settings.hour')}</label>
      <select id={`${id}-hour`} value={r.hour} onChange={(e) => set({ hour: Number(e.currentTarget.value) })}>
        {Array.from({ length: 24 }, (_, h) => (
          <option key={h} value={h}>{`${String(h).padStart(2, '0')}:00`}</option>
        ))}
      </select>
    </fieldset>
  );
}

type FieldsProps = { id: string; value: ReportSettings; onChange(v: ReportSettings): void };

function HoursFields({ id, value, onChange }: FieldsProps) {
  const { t } = useI18n();
  const setValue = onChange;
  return (
    <fieldset>
      <legend>{t('report.settings.hours')}</legend>
      <label class="check">
        <input
          type="checkbox"
          checked={value.businessHours !== null}
          aria-describedby={`${id}-hours-hint`}
          onChange={(e) => setValue({ ...value, businessHours: e.currentTarget.checked ? DEFAULT_HOURS : null })}
        />{' '}
        {t('report.settings.hours')}
      </label>
      <p class="hint" id={`${id}-hours-hint`}>
        {t('report.settings.hoursHint')}
      </p>
      {value.businessHours ? (
        <>
          <BusinessHoursField
            idBase={id}
            hours={value.businessHours}
            onChange={(businessHours) => setValue({ ...value, businessHours })}
          />
          <HolidaysField
            id={id}
            holidays={value.businessHours.holidays}
            onChange={(holidays) => setValue({ ...value, businessHours: { ...value.businessHours!, holidays } })}
          />
        </>
      ) : null}
    </fieldset>
  );
}

function SeparatorFields({ id, value, onChange }: FieldsProps) {
  const { t } = useI18n();
  const setValue = onChange;
  return (
    <fieldset>
      <legend>{t('report.settings.separator')}</legend>
      {([',', ';'] as const).map((sep) => (
        <label key={sep} class="check">
          <input
            type="radio"
            name={`${id}-sep`}
            checked={value.csvSeparator === sep}
            onChange={() => setValue({ ...value, csvSeparator: sep })}
          />{' '}
          {t(sep === ',' ? 'report.settings.comma' : 'report.settings.semicolon')}
        </label>
      ))}
    </fieldset>
  );
}

export function ReportSettingsForm({ stored, announce }: { stored: ReportSettings; announce: Announce }) {
  const { t, reason } = useI18n();
  const id = useId();
  const [value, setValue] = useState(stored);
  useEffect(() => setValue(stored), [stored]);
  const zoneOk = value.timezone === '' || isZone(value.timezone);

  const save = async (e: Event) => {
    e.preventDefault();
    const parsed = reportSettingsSchema.safeParse(value);
    if (!zoneOk || !parsed.success) {
      announce({ kind: 'error', text: t('report.settings.failed', { reason: t('error.invalid') }) });
      return;
    }
    try {
      await send('settings.set', { reports: parsed.data });
      announce({ kind: 'ok', text: t('report.settings.saved') });
    } catch (error) {
      announce({ kind: 'error', text: t('report.settings.failed', { reason: reason(error) }) });
    }
  };

  return (
    <form class="report-settings" onSubmit={(e) => void save(e)} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('report.settings.heading')}</h2>
      <div class="field">
        <label for={`${id}-tz`}>{t('report.settings.timezone')}</label>
        <input
          id={`${id}-tz`}
          value={value.timezone}
          aria-invalid={!zoneOk}
          aria-describedby={`${id}-tz-hint`}
          onInput={(e) => setValue({ ...value, timezone: e.currentTarget.value.trim() })}
        />
        <p class="hint" id={`${id}-tz-hint`}>
          {zoneOk ? t('report.settings.timezoneHint', { tz: resolveZone('') }) : t('report.settings.timezoneBad')}
        </p>
      </div>
      <div class="field">
        <label for={`${id}-target`}>{t('report.settings.target')}</label>
        <input
          id={`${id}-target`}
          type="number"
          min={1}
          max={100000}
          value={value.responseTargetMinutes}
          onInput={(e) => setValue({ ...value, responseTargetMinutes: Number(e.currentTarget.value) || 1 })}
        />
      </div>
      <HoursFields id={id} value={value} onChange={setValue} />
      <ReminderFields id={id} value={value} onChange={setValue} />
      <SeparatorFields id={id} value={value} onChange={setValue} />
      <div class="actions">
        <button type="submit" class="primary">
          {t('report.settings.save')}
        </button>
      </div>
    </form>
  );
}

import { existsSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, type Envelope } from '../../shared/ipc';
import type { ProgramDetail } from '../../shared/ipc/programs';
import type { AppStatus } from '../../shared/ipc/app';
import type { ProgramSummary } from '../../shared/domain/programs';
import { id } from '../../shared/i18n/id';
import { en } from '../../shared/i18n/en';
import { seedCatalogue } from '../../electron/programs/seed';
import { checksum, rowCount } from '../support/db-snapshot';
import { SIDOARJO_PROFILE, call, tempApp, type TempApp } from '../support/temp-app';

let app: TempApp;
beforeEach(() => {
  app = tempApp();
});
afterEach(() => app.dispose());

const IN_PROCESS = { senderUrl: null };

function dispatch(channel: unknown, input: unknown, senderUrl: string | null = null): Promise<Envelope<unknown>> {
  return app.dispatch(channel, input, { senderUrl });
}

function failure(reply: Envelope<unknown>) {
  if (reply.ok) throw new Error(`expected a failure, got ${JSON.stringify(reply.value).slice(0, 200)}`);
  return reply;
}

/** Everything a call could change: tables, user_version, and the backup folder. */
function snapshot() {
  const db = app.ctx.database.db;
  return {
    sum: checksum(db),
    audit: rowCount(db, 'audit_log'),
    settings: rowCount(db, 'settings'),
    programs: rowCount(db, 'programs'),
    version: db.pragma('user_version', { simple: true }),
    backups: existsSync(app.backupDir) ? readdirSync(app.backupDir).sort() : [],
  };
}

/** A catalogue template as a pattern, so `{min}` and the like match any filled-in value. */
function templatePattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\{\w+\}/g, '.+?')}$`);
}
const ID_VALIDATION = Object.entries(id)
  .filter(([key]) => key.startsWith('validation.'))
  .map(([, text]) => templatePattern(text));
const EN_VALIDATION = Object.entries(en)
  .filter(([key]) => key.startsWith('validation.'))
  .map(([, text]) => templatePattern(text));

function pkh() {
  return seedCatalogue().find((p) => p.code === 'PKH')!;
}

const INVALID_PAYLOADS: [string, unknown][] = [
  ['42', 42],
  ['null', null],
  ['undefined', undefined],
  ['a string', 'programs'],
  ['an array', [{}]],
  ['an unexpected key', { unexpected: true }],
];

describe.each([
  ['a fresh database', false],
  ['a set-up database', true],
])('every channel refuses invalid input on %s', (_label, setUp) => {
  beforeEach(async () => {
    if (setUp) await call(app, 'settings.completeSetup', { regencyCode: '35.15', profile: SIDOARJO_PROFILE });
  });

  it.each(CHANNEL_NAMES)('%s', async (channel) => {
    const before = snapshot();
    if (setUp) expect(before.programs).toBe(8);
    for (const [label, payload] of INVALID_PAYLOADS) {
      const reply = failure(await dispatch(channel, payload));
      expect(reply.code, `${channel} with ${label}`).toBe('VALIDATION_FAILED');
      expect(reply.message).toBe(id['error.VALIDATION_FAILED']);
      expect(reply.fields?.length, `${channel} with ${label}`).toBeGreaterThan(0);
      for (const f of reply.fields ?? []) {
        expect(ID_VALIDATION.some((p) => p.test(f.message)), `"${f.message}" is a catalogue message`).toBe(true);
      }
    }
    expect(snapshot()).toEqual(before);
  });
});

describe('dispatcher guards', () => {
  it('answers UNKNOWN_CHANNEL for names outside the contract, including inherited properties', async () => {
    for (const channel of ['programs.delete', 'toString', '__proto__', 'constructor', '', 42, null]) {
      const reply = failure(await dispatch(channel, {}));
      expect(reply.code).toBe('UNKNOWN_CHANNEL');
      expect(reply.message).toBe(id['error.UNKNOWN_CHANNEL']);
    }
  });

  it('refuses calls from an untrusted frame before looking at the input', async () => {
    const before = snapshot();
    for (const url of ['https://contoh.example/', 'file:///index.html', 'app://sidampak/index.html']) {
      const reply = failure(await dispatch('settings.completeSetup', { regencyCode: '35.15', profile: SIDOARJO_PROFILE }, url));
      expect(reply).toEqual({ ok: false, code: 'FORBIDDEN_SENDER', message: id['error.FORBIDDEN_SENDER'] });
    }
    expect(failure(await dispatch('no.such', 42, 'https://contoh.example/')).code).toBe('FORBIDDEN_SENDER');
    expect(snapshot()).toEqual(before);
  });

  it('lets a trusted frame through when the app trusts it', async () => {
    const trusting = tempApp({ isTrustedSender: (url) => url.startsWith('app://sidampak/') });
    try {
      const ok = await trusting.dispatch('app.status', {}, { senderUrl: 'app://sidampak/index.html' });
      expect(ok.ok).toBe(true);
      const refused = await trusting.dispatch('app.status', {}, { senderUrl: 'https://sidampak.example/' });
      expect(refused.ok ? null : refused.code).toBe('FORBIDDEN_SENDER');
    } finally {
      trusting.dispose();
    }
  });
});

describe('coded errors of the services', () => {
  beforeEach(async () => {
    await call(app, 'settings.completeSetup', { regencyCode: '35.15', profile: SIDOARJO_PROFILE });
  });

  it('answers PROGRAM_CODE_TAKEN naming the code, and writes nothing', async () => {
    const before = snapshot();
    const reply = failure(await dispatch('programs.create', { program: { ...pkh(), code: 'sembako' } }));
    expect(reply.code).toBe('PROGRAM_CODE_TAKEN');
    expect(reply.message).toBe('Kode program SEMBAKO sudah dipakai. Gunakan kode lain.');
    expect(snapshot()).toEqual(before);
  });

  it('returns field paths with catalogue messages for a program with bad fields', async () => {
    const before = snapshot();
    const reply = failure(
      await dispatch('programs.create', {
        program: { ...pkh(), code: 'X', activeFrom: '2024-02-30', desilMin: 5, desilMax: 2 },
      }),
    );
    expect(reply.code).toBe('VALIDATION_FAILED');
    const byPath = Object.fromEntries((reply.fields ?? []).map((f) => [f.path, f.message]));
    expect(byPath['program.code']).toBe(id['validation.program.code']);
    expect(byPath['program.activeFrom']).toBe(id['validation.date.invalid']);
    expect(snapshot()).toEqual(before);

    const range = failure(await dispatch('programs.create', { program: { ...pkh(), code: 'PKH-X', desilMin: 5, desilMax: 2 } }));
    expect(range.fields).toEqual([{ path: 'program.desilMax', message: id['validation.program.desilRange'] }]);

    const components = pkh().benefit;
    if (components.kind !== 'components') throw new Error('PKH has components');
    const duplicate = failure(
      await dispatch('programs.create', {
        program: {
          ...pkh(),
          code: 'PKH-Y',
          benefit: { ...components, components: [components.components[0]!, { ...components.components[0]!, code: 'hamil' }] },
        },
      }),
    );
    expect(duplicate.fields).toEqual([{ path: 'program.benefit.components', message: id['validation.component.duplicate'] }]);
  });

  it('answers SETUP_ALREADY_DONE for a second setup, and changes nothing', async () => {
    const before = snapshot();
    const reply = failure(await dispatch('settings.completeSetup', { regencyCode: '35.78', profile: SIDOARJO_PROFILE }));
    expect(reply).toEqual({ ok: false, code: 'SETUP_ALREADY_DONE', message: id['error.SETUP_ALREADY_DONE'] });
    expect(snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for a program id that does not exist', async () => {
    for (const [channel, input] of [
      ['programs.get', { id: 999 }],
      ['programs.setActive', { id: 999, active: false }],
      ['programs.update', { id: 999, program: pkh() }],
    ] as const) {
      expect(failure(await dispatch(channel, input)).code).toBe('NOT_FOUND');
    }
  });

  it('answers PROVINCE_UNKNOWN for a well-formed but unknown province', async () => {
    const reply = failure(await dispatch('regions.regencies', { provinceCode: '99' }));
    expect(reply.code).toBe('PROVINCE_UNKNOWN');
    expect(reply.message).toBe('Kode provinsi 99 tidak dikenal.');
  });

  it('speaks English after app.setLocale en, and Indonesian again after id', async () => {
    const status = await call<AppStatus>(app, 'app.setLocale', { locale: 'en' });
    expect(status.locale).toBe('en');
    const invalid = failure(await dispatch('programs.create', { program: { ...pkh(), code: 'X' } }));
    expect(invalid.message).toBe(en['error.VALIDATION_FAILED']);
    expect(invalid.fields).toEqual([{ path: 'program.code', message: en['validation.program.code'] }]);
    for (const f of failure(await dispatch('audit.list', { unexpected: true })).fields ?? []) {
      expect(EN_VALIDATION.some((p) => p.test(f.message)), f.message).toBe(true);
    }
    expect(failure(await dispatch('programs.create', { program: pkh() })).message).toBe(
      'Program code PKH is already used. Choose another code.',
    );
    expect(failure(await dispatch('nope', {})).message).toBe(en['error.UNKNOWN_CHANNEL']);

    await call(app, 'app.setLocale', { locale: 'id' });
    expect(failure(await dispatch('nope', {})).message).toBe(id['error.UNKNOWN_CHANNEL']);
  });
});

describe('before setup', () => {
  it('refuses an unknown regency with REGENCY_UNKNOWN and writes nothing', async () => {
    const before = snapshot();
    const reply = failure(await dispatch('settings.completeSetup', { regencyCode: '99.99', profile: SIDOARJO_PROFILE }));
    expect(reply.code).toBe('REGENCY_UNKNOWN');
    expect(reply.message).toBe(
      'Kode kabupaten/kota 99.99 tidak dikenal. Gunakan kode Kemendagri seperti 35.15 (Kabupaten Sidoarjo).',
    );
    expect(snapshot()).toEqual(before);
    expect((await call<AppStatus>(app, 'app.status', {})).setupComplete).toBe(false);
  });

  it('answers SETUP_REQUIRED for the settings that need a regency', async () => {
    for (const [channel, input] of [
      ['settings.get', {}],
      ['settings.saveProfile', { profile: SIDOARJO_PROFILE }],
      ['settings.changeRegency', { regencyCode: '35.15' }],
    ] as const) {
      const reply = failure(await dispatch(channel, input));
      expect(reply.code, channel).toBe('SETUP_REQUIRED');
      expect(reply.message).toBe(id['error.SETUP_REQUIRED']);
    }
    expect(await call(app, 'regions.kecamatan', {})).toEqual([]);
  });

  // The program register does not depend on the regency, so it works before setup; setup then
  // adds only the seed programs whose codes are still free.
  it('keeps the program register usable, and setup adds the seed programs that are missing', async () => {
    expect(await call(app, 'programs.list', { includeInactive: true })).toEqual([]);
    const own = await call<ProgramDetail>(app, 'programs.create', { program: { ...pkh(), name: 'PKH (dicatat sebelum penyiapan)' } });
    expect(own.program.code).toBe('PKH');
    await call(app, 'settings.completeSetup', { regencyCode: '35.15', profile: SIDOARJO_PROFILE });
    const programs = await call<ProgramSummary[]>(app, 'programs.list', { includeInactive: true });
    expect(programs.length).toBe(8);
    expect(programs.find((p) => p.code === 'PKH')).toMatchObject({ id: own.program.id, name: 'PKH (dicatat sebelum penyiapan)' });
  });
});

describe('the in-process caller', () => {
  it('is trusted without a sender URL', async () => {
    const reply = await app.dispatch('app.status', {}, IN_PROCESS);
    expect(reply.ok && (reply.value as AppStatus).dbPath).toBe(app.dbFile);
  });
});

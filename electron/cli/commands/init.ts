import { defaultProfile } from '../../../shared/domain/office';
import { defineCommand } from './types';

/** Output of `init --json`. */
export interface InitSummary {
  dbPath: string;
  regencyCode: string;
  regencyName: string;
  provinceName: string;
  kecamatanCount: number;
  villageCount: number;
  programsSeeded: string[];
  schemaVersion: number;
}

export const initCommand = defineCommand({
  path: ['init'],
  summary: 'cli.command.init',
  options: {
    regency: { type: 'string', valueName: 'cli.value.code', description: 'cli.option.regency', required: true },
    officeName: { type: 'string', valueName: 'cli.value.name', description: 'cli.option.officeName' },
    place: { type: 'string', valueName: 'cli.value.name', description: 'cli.option.place' },
  },
  database: 'open',
  fieldFlags: { regencyCode: '--regency', 'profile.officeName': '--office-name', 'profile.placeName': '--place' },
  async run(session, { regency, officeName, place }) {
    // Only the defaults are read here; whether the regency exists is the setup service's call, so an
    // unknown code gets the service's REGENCY_UNKNOWN before anything is written.
    const known = session.app().ctx.regions.regency(regency);
    const profile = defaultProfile(known?.name ?? regency);
    if (officeName !== undefined) profile.officeName = officeName;
    if (place !== undefined) profile.placeName = place;

    const before = new Set((await session.invoke('programs.list', { includeInactive: true })).map((p) => p.code));
    const status = await session.invoke('settings.completeSetup', { regencyCode: regency, profile });
    const settings = await session.invoke('settings.get', {});
    const kecamatan = await session.invoke('regions.kecamatan', {});
    const after = await session.invoke('programs.list', { includeInactive: true });
    const summary: InitSummary = {
      dbPath: status.dbPath,
      regencyCode: settings.regencyCode,
      regencyName: settings.regencyName,
      provinceName: settings.provinceName,
      kecamatanCount: kecamatan.length,
      villageCount: kecamatan.reduce((sum, k) => sum + k.villageCount, 0),
      programsSeeded: after.map((p) => p.code).filter((code) => !before.has(code)),
      schemaVersion: status.schemaVersion,
    };
    if (session.json) return session.printJson(summary);
    session.print(
      session.t('cli.init.done', { regency: summary.regencyName, province: summary.provinceName }),
      session.t('cli.init.regions', { kecamatan: summary.kecamatanCount, villages: summary.villageCount }),
      session.t('cli.init.programs', { count: summary.programsSeeded.length, codes: summary.programsSeeded.join(', ') }),
      session.t('cli.init.file', { path: summary.dbPath }),
    );
  },
});

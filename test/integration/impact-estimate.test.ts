import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DesilMovement, ImpactEstimate } from '../../shared/ipc/impact';
import type { SurveyWave } from '../../shared/domain/welfare';
import { recordSurveyValues } from '../../electron/impact/welfare';
import type { SeededRegister } from '../support/register-fixture';
import { call, tempApp, type TempApp } from '../support/temp-app';
import { FAMILIES, seedWaves } from '../support/welfare-fixture';
import { buildCli, CLI_BIN, isolatedEnv, runNode } from '../support/cli-process';
import type { BriefSummary } from '../../electron/cli/commands/impact';

let app: TempApp;
let reg: SeededRegister;
beforeEach(async () => {
  app = tempApp();
  reg = await seedWaves(app);
});
afterEach(() => app.dispose());

describe('impact estimate from survey waves', () => {
  it('compares PKH families with families never in PKH, leaving out those who joined or left between the waves', async () => {
    const e = await call<ImpactEstimate>(app, 'impact.estimate', {
      indicator: 'konsumsi_kapita',
      programId: reg.programs['PKH']!,
      from: 'BASELINE-2023',
      to: 'SUSULAN-2024',
      matchBy: [],
    });
    expect(e.from.values).toEqual({ KONSUMSI_KAPITA: 9 });
    expect(e.to.values).toEqual({ KONSUMSI_KAPITA: 8 });
    expect(e.excludedPartial).toBe(2);
    expect(e.did.treatment).toMatchObject({ n: 3, droppedMissingFollowUp: 1, meanBefore: 150_000, meanAfter: 180_000 });
    expect(e.did.comparison).toMatchObject({ n: 3, droppedMissingFollowUp: 0 });
    // (120.000 + 180.000 + 160.000) / 3 and (130.000 + 185.000 + 175.000) / 3
    expect(e.did.comparison.meanBefore).toBeCloseTo(153_333.333, 2);
    expect(e.did.comparison.meanAfter).toBeCloseTo(163_333.333, 2);
    expect(e.did.estimate).toBeCloseTo(20_000, 6);
    expect(e.did.se).toBeCloseTo(6_454.972, 2);
    expect(e.did.warning).toBe('SMALL_GROUPS');
    // The interval (Welch df ≈ 2,9) reaches below zero: the data cannot say the program helped.
    expect(e.did.ci95!.low).toBeLessThan(0);
    expect(e.verdict).toBe('inconclusive');
    expect(e.better!.estimate).toBeCloseTo(20_000, 6);
    // Before/after of the treated alone: +30.000, and never called causal.
    expect(e.beforeAfter).toMatchObject({ causal: false, labelKey: 'impact.label.notCausal', n: 3 });
    expect(e.beforeAfter.estimate).toBeCloseTo(30_000, 6);
  });

  it('matches within kecamatan and desil when asked (one stratum here: the same estimate)', async () => {
    const e = await call<ImpactEstimate>(app, 'impact.estimate', {
      indicator: 'KONSUMSI_KAPITA',
      programId: reg.programs['PKH']!,
      from: 'BASELINE-2023',
      to: 'SUSULAN-2024',
      matchBy: ['desil', 'kecamatan'],
    });
    expect(e.did.method).toBe('did-stratified');
    expect(e.did.estimate).toBeCloseTo(20_000, 6);
  });

  it('refuses unknown indicators and waves in the wrong order with coded messages', async () => {
    const ask = (input: object) => app.dispatch('impact.estimate', { programId: reg.programs['PKH']!, matchBy: [], ...input }, { senderUrl: null });
    expect(await ask({ indicator: 'TIDAK_ADA', from: 'BASELINE-2023', to: 'SUSULAN-2024' })).toMatchObject({ ok: false, code: 'INDICATOR_UNKNOWN' });
    expect(await ask({ indicator: 'KONSUMSI_KAPITA', from: 'SUSULAN-2024', to: 'BASELINE-2023' })).toMatchObject({
      ok: false,
      code: 'WAVES_OUT_OF_ORDER',
      message: 'Gelombang awal (Survei susulan 2024) harus lebih dulu daripada gelombang akhir (Survei awal 2023).',
    });
    expect(await ask({ indicator: 'KONSUMSI_KAPITA', from: 'X-1', to: 'SUSULAN-2024' })).toMatchObject({ ok: false, code: 'WAVE_UNKNOWN' });
  });

  it('lets an office add its own indicator but not change a built-in one', async () => {
    const own = { code: 'posyandu', name: 'Kunjungan posyandu', unit: 'kali per tahun', better: 'up', level: 'member', description: '' };
    expect(await call(app, 'impact.saveIndicator', own)).toMatchObject({ code: 'POSYANDU', isBuiltin: false });
    expect(await app.dispatch('impact.saveIndicator', { ...own, code: 'STUNTING' }, { senderUrl: null })).toMatchObject({ ok: false, code: 'INDICATOR_BUILTIN' });
    expect(await app.dispatch('impact.createWave', { code: 'BASELINE-2023', name: 'Lagi', kind: 'baseline', heldOn: '2023-01-01' }, { senderUrl: null })).toMatchObject({
      ok: false,
      code: 'WAVE_CODE_TAKEN',
    });
  });
});

describe('desil movement', () => {
  it('follows the families receiving PKH on the first wave’s date from their desil then to their desil later', async () => {
    const waves = await call<SurveyWave[]>(app, 'impact.waves', {});
    const kk = (n: number) => reg.families[FAMILIES[n - 1]!.family.kk]!;
    const desil = (pairs: [number, number][]) => pairs.map(([n, value]) => ({ familyId: kk(n), memberKey: 0, indicator: 'DESIL', value, observedOn: null }));
    // Receiving PKH on 2023-07-01: families 1–4 and 9 (graduated later). 5–7 never had PKH; 8 joined in 2024.
    recordSurveyValues(app.svc(), waves[0]!.id, desil([[1, 1], [2, 2], [3, 2], [4, 3], [9, 1], [5, 4], [8, 2]]), null);
    recordSurveyValues(app.svc(), waves[1]!.id, desil([[1, 2], [2, 2], [3, 1], [9, 3], [5, 6], [8, 5]]), null);
    const m = await call<DesilMovement>(app, 'impact.desilMovement', { programId: reg.programs['PKH']!, from: 'BASELINE-2023', to: 'SUSULAN-2024' });
    // 1: 1→2 up; 2: 2→2; 3: 2→1 down; 9: 1→3 up; 4 has no second snapshot.
    expect(m.transition).toMatchObject({ matched: 4, movedUp: 2, stayed: 1, movedDown: 1, missingInTo: 1, missingInFrom: 0, invalid: 0 });
    expect(m.transition.counts[0]![1]).toBe(1);
    expect(m.transition.counts[0]![2]).toBe(1);
    expect(m.transition.counts[1]![1]).toBe(1);
    expect(m.transition.counts[1]![0]).toBe(1);
    const any = await call<DesilMovement>(app, 'impact.desilMovement', { programId: null, from: waves[0]!.id, to: waves[1]!.id });
    // Any program: family 5 (SEMBAKO) joins, 4 → 6 up.
    expect(any.transition).toMatchObject({ matched: 5, movedUp: 3 });
  });
});

describe('sidampak impact did', () => {
  it('prints the estimate with its interval, groups and labels, and the same object with --json', async () => {
    buildCli();
    const dir = mkdtempSync(join(tmpdir(), 'sidampak-cli-impact-'));
    try {
      const seeded = tempApp({ dir });
      await seedWaves(seeded);
      seeded.dispose();
      const env = isolatedEnv(dir);
      const args = ['impact', 'did', '--indicator', 'KONSUMSI_KAPITA', '--program', 'pkh', '--from', 'BASELINE-2023', '--to', 'SUSULAN-2024', '--db', seeded.dbFile];
      const text = await runNode(CLI_BIN, args, { cwd: dir, env });
      expect(text.stderr).toBe('');
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('Pengeluaran konsumsi per kapita per bulan (Rp/kapita/bulan), program PKH: Survei awal 2023 → Survei susulan 2024');
      expect(text.stdout).toContain('Penerima: 3 · pembanding: 3 · tanpa data susulan: 1 · masuk/keluar di antara gelombang (tidak dihitung): 2');
      expect(text.stdout).toMatch(/Selisih-dalam-selisih: 20\.000 \(SE 6\.454,97\), selang kepercayaan 95 % \[-[\d.,]+; [\d.,]+\]/);
      expect(text.stdout).toContain('Kesimpulan: belum dapat dipastikan');
      expect(text.stdout).toContain('Kelompok terlalu kecil');
      expect(text.stdout).toContain('bukan bukti sebab-akibat');

      const json = await runNode(CLI_BIN, [...args, '--json', '--match', 'desil,kecamatan'], { cwd: dir, env });
      expect(json.code).toBe(0);
      const parsed = JSON.parse(json.stdout) as { did: { method: string; estimate: number }; excludedPartial: number };
      expect(parsed.did.method).toBe('did-stratified');
      expect(parsed.did.estimate).toBeCloseTo(20_000, 6);
      expect(parsed.excludedPartial).toBe(2);

      const bad = await runNode(CLI_BIN, [...args.slice(0, -2), '--match', 'umur', '--db', seeded.dbFile], { cwd: dir, env });
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toContain('--match hanya menerima desil dan kecamatan, bukan "umur".');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('impact brief: the A4 PDF of the chosen program and waves, matched by desil, with a --json summary; usage errors', async () => {
    buildCli();
    const dir = mkdtempSync(join(tmpdir(), 'sidampak-cli-brief-'));
    try {
      const seeded = tempApp({ dir });
      await seedWaves(seeded);
      seeded.dispose();
      const env = isolatedEnv(dir);
      const out = join(dir, 'ringkasan.pdf');
      const args = ['impact', 'brief', '--program', 'pkh', '--from', 'BASELINE-2023', '--to', 'SUSULAN-2024', '--match', 'desil', '--year', '2023', '--out', out, '--db', seeded.dbFile];
      const json = await runNode(CLI_BIN, [...args, '--json'], { cwd: dir, env });
      expect(json.stderr).toBe('');
      expect(json.code).toBe(0);
      const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))![1]);
      expect(JSON.parse(json.stdout) as BriefSummary).toEqual({
        file: out,
        pages,
        program: 'PKH',
        from: 'BASELINE-2023',
        to: 'SUSULAN-2024',
        matchBy: ['desil'],
        indicators: ['KONSUMSI_KAPITA'],
      });
      const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('RINGKASAN DAMPAK PROGRAM BANTUAN SOSIAL');
      expect(text).toContain('Keluarga pembanding dicocokkan dengan keluarga penerima menurut desil');
      expect(text).toContain('Graduasi Tahun 2023');

      // Without choices: the service's (PKH, the two latest waves), said in words.
      const plain = await runNode(CLI_BIN, ['impact', 'brief', '--out', out, '--db', seeded.dbFile], { cwd: dir, env });
      expect(plain.stderr).toBe('');
      expect(plain.stdout.startsWith(`Ringkasan dampak PKH disimpan: ${out} (`)).toBe(true);
      expect(plain.stdout).toMatch(/\(\d+ halaman\)\n$/);

      const docx = await runNode(CLI_BIN, ['impact', 'brief', '--out', join(dir, 'ringkasan.docx'), '--db', seeded.dbFile], { cwd: dir, env });
      expect(docx.code).toBe(2);
      expect(docx.stderr).toMatch(/^Galat \[USAGE\]: Berkas keluaran harus berakhiran \.pdf/);
      const year = await runNode(CLI_BIN, ['impact', 'brief', '--year', '23', '--out', out, '--db', seeded.dbFile], { cwd: dir, env });
      expect(year.code).toBe(2);
      expect(year.stderr).toContain('Tahun tidak sah: --year 23');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

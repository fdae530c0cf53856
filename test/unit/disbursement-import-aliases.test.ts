import { describe, expect, it } from 'vitest';
import {
  DISBURSEMENT_FIELDS,
  disbursementStatusOf,
  knownDisbursementSpellings,
  matchDisbursementHeader,
  unmappedDisbursementColumns,
} from '../../shared/domain/disbursement-import';
import { matchHeader } from '../../shared/domain/import-aliases';

describe('disbursement list headers', () => {
  it.each([
    ['NIK', 'nik'], ['NIK PENGURUS', 'nik'], ['NIK PENERIMA', 'nik'], ['N I K', 'nik'],
    ['NO KK', 'kk'], ['NO. KK', 'kk'],
    ['NAMA', 'name'], ['NAMA PENERIMA', 'name'], ['NAMA PENGURUS', 'name'],
    ['KECAMATAN', 'kecamatan'], ['KEC.', 'kecamatan'], ['DESA/KELURAHAN', 'desa'],
    ['STATUS', 'status'], ['STATUS SALUR', 'status'], ['STATUS PENYALURAN', 'status'], ['KETERANGAN SALUR', 'status'], ['HASIL', 'status'],
    ['NOMINAL', 'nominal'], ['JUMLAH', 'nominal'], ['JUMLAH DITERIMA', 'nominal'], ['NILAI BANTUAN', 'nominal'], ['NOMINAL SALUR', 'nominal'], ['NOMINAL (Rp)', 'nominal'],
    ['TANGGAL', 'paidOn'], ['TGL SALUR', 'paidOn'], ['TANGGAL SALUR', 'paidOn'], ['TANGGAL PENYALURAN', 'paidOn'], ['TGL TRANSAKSI', 'paidOn'],
    ['ALASAN', 'reason'], ['KETERANGAN', 'reason'], ['KET. GAGAL', 'reason'], ['ALASAN GAGAL/RETUR', 'reason'],
  ])('%s → %s', (spelling, field) => {
    expect(matchDisbursementHeader(spelling)?.field).toBe(field);
  });

  it('knows a spelling for every field and no other field; the register table keeps its own meanings', () => {
    const fields = new Set(knownDisbursementSpellings().map((s) => matchDisbursementHeader(s)!.field));
    expect([...fields].sort()).toEqual([...DISBURSEMENT_FIELDS].sort());
    // KETERANGAN is a remark column in a beneficiary list, the reason in a payment list.
    expect(matchHeader('KETERANGAN')).toBeNull();
    expect(matchHeader('TGL SALUR')).toBeNull();
  });

  it('prefers STATUS SALUR over a plain STATUS column', () => {
    expect(matchDisbursementHeader('STATUS SALUR')!.rank).toBeLessThan(matchDisbursementHeader('STATUS')!.rank);
  });

  it('names the required columns a mapping lacks: an identity, the status and the amount', () => {
    expect(unmappedDisbursementColumns({ name: 0 })).toEqual(['NIK / NO KK', 'STATUS', 'NOMINAL']);
    expect(unmappedDisbursementColumns({ kk: 0, status: 1, nominal: 2 })).toEqual([]);
  });
});

describe('disbursement status spellings', () => {
  it.each([
    ['TERSALUR', 'tersalur'], ['Sudah Salur', 'tersalur'], ['SALUR', 'tersalur'], ['berhasil', 'tersalur'], ['SUKSES', 'tersalur'],
    ['SUDAH DITERIMA', 'tersalur'], ['Diterima', 'tersalur'],
    ['GAGAL', 'gagal'], ['GAGAL SALUR', 'gagal'], ['Tidak Tersalur', 'gagal'], ['BELUM SALUR', 'gagal'], ['belum-salur', 'gagal'],
    ['RETUR', 'retur'], ['DIKEMBALIKAN', 'retur'], ['Refund', 'retur'],
  ])('%s → %s', (spelling, status) => {
    expect(disbursementStatusOf(spelling)).toBe(status);
  });

  it('never guesses an unknown status', () => {
    for (const raw of ['DIPROSES', 'PENDING', '', null, 'AKTIF']) expect(disbursementStatusOf(raw), String(raw)).toBeNull();
  });
});

import type { Sex } from '../../shared/domain/register';

/**
 * Hands out NIKs and No. KKs by the Dukcapil rules: region (6) + date (6) + serial (4), the day
 * plus 40 for women in a NIK. Serials count up per region-and-date, so each number is unique
 * among the generated ones; `isTaken` skips numbers the register already holds, so demo rows
 * never collide with (and never overwrite) real families or people. Use one allocator for NIKs
 * and another for KKs: the two number spaces are checked against different tables.
 */
export class IdentityAllocator {
  private readonly last = new Map<string, number>();

  constructor(private readonly isTaken: (id: string) => boolean = () => false) {}

  /** `kecamatanCode` like `35.15.14`; `birthDate` ISO. */
  nik(kecamatanCode: string, birthDate: string, sex: Sex): string {
    const day = Number(birthDate.slice(8, 10)) + (sex === 'P' ? 40 : 0);
    return this.next(`${digits(kecamatanCode)}${pad2(day)}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}`);
  }

  /** A KK issued in `kecamatanCode` on `issueDate` (ISO). */
  kk(kecamatanCode: string, issueDate: string): string {
    return this.next(`${digits(kecamatanCode)}${issueDate.slice(8, 10)}${issueDate.slice(5, 7)}${issueDate.slice(2, 4)}`);
  }

  private next(prefix: string): string {
    let serial = this.last.get(prefix) ?? 0;
    for (;;) {
      serial += 1;
      if (serial > 9999) throw new Error(`no serial left for ${prefix}`);
      const id = `${prefix}${String(serial).padStart(4, '0')}`;
      if (!this.isTaken(id)) {
        this.last.set(prefix, serial);
        return id;
      }
    }
  }
}

function digits(code: string): string {
  return code.replace(/\./g, '');
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

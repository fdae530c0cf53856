import type { Sex } from '../../shared/domain/register';
import type { Random } from './random';

/**
 * Common East Javanese / Indonesian names, upper case as Dukcapil and DTKS lists print them.
 * Generations name differently (Painem, then Sri Wahyuni, then Salsabila Putri), so the lists
 * are split by birth year; Islamic first names come in the spellings registers mix up
 * ("MOCH.", "MUHAMMAD", "MOCHAMMAD", "M."), which name search has to bring together.
 */
const OLD_MALE = [
  'SLAMET', 'SUPARMAN', 'SUTRISNO', 'PAIMAN', 'TUKIMAN', 'KASMAN', 'SUKARDI', 'SUGIONO', 'MUJIONO', 'KARTO',
  'SAMSUL', 'SUPARNO', 'SUWITO', 'SUMARNO', 'PAIDI', 'WAGIMAN', 'SUKIRMAN', 'KUSNADI', 'RASMADI', 'SUKADI',
  'SUYITNO', 'SUKAMTO', 'JUMADI', 'MISNAN', 'KASIADI', 'SOEPRAPTO', 'SOEKARDJO', 'TASLIM', 'MUNARI', 'KHOLIL',
  'SARDJONO', 'WARSITO', 'SUPARDI', 'SADIMAN', 'NGATIMAN', 'TARMUJI', 'SUHARTO', 'SUWARNO', 'KARSONO', 'SAMIDI',
  'MARDI', 'DJUMALI', 'SUNARDI', 'KASMURI', 'SAIFUL', 'ABDUL ROHIM', 'MASHURI', 'MUSLIMIN', 'SOLICHIN', 'NURHASAN',
];
const OLD_FEMALE = [
  'PAINEM', 'TUMINI', 'SUWARNI', 'SUMIATI', 'SULASTRI', 'KASIATI', 'MUNAH', 'SUPINAH', 'JUMIATI', 'SUPIATI',
  'SARINAH', 'TUKINAH', 'SAMINAH', 'KASMIRAH', 'SUMARSIH', 'PARTINI', 'SUKINEM', 'MUNTIAH', 'ROKAYAH', 'SOENARSIH',
  'KATEMI', 'SUTIYAH', 'MUSRINAH', 'LASMI', 'JUMAIYAH', 'SITI AMINAH', 'SITI KHOTIJAH', 'MASRUROH', 'MUNIROH', 'MUAWANAH',
  'SUMINAH', 'PARMI', 'SAWITRI', 'JUMINTEN', 'KASTINAH', 'SULIHAH', 'MUKAROMAH', 'ROMLAH', 'SUDARMI', 'WAGINAH',
  'TUMIRAH', 'SAMIATUN', 'SUPARTI', 'NGATMINI', 'RUKMINI', 'SARPINI', 'SITI ROMLAH', 'SITI MARYAM', 'KHOIRIYAH', 'UMAYAH',
];
const MID_MALE = [
  'AGUS', 'BUDI', 'EKO', 'JOKO', 'BAMBANG', 'HADI', 'HERI', 'RUDI', 'IMAM', 'ARIF', 'SUGENG', 'WAHYUDI', 'DIDIK',
  'HARIYANTO', 'SUPRIYADI', 'TEGUH', 'DWI', 'ANDI', 'YUSUF', 'ALI', 'HENDRA', 'SHOLEH', 'KHOIRUL', 'SYAIFUL',
  'FATHUR', 'ZAINAL', 'MULYONO', 'NURHADI', 'ACHMAD', 'ROCHMAN', 'SISWANTO', 'SUSILO', 'DJOKO', 'ABDUL',
  'BUDIONO', 'SUPRAPTO', 'HARIONO', 'KUSWANTO', 'SLAMET RIYADI', 'EDI', 'YANTO', 'NANANG', 'SAMSUDIN', 'TAUFIK',
  'ROHMAN', 'MASRUKHAN', 'CHOIRUL', 'SYAMSUL', 'ARIS', 'ANANG', 'GATOT', 'TRI', 'PRIYO', 'BASUKI',
];
const MID_FEMALE = [
  'SRI', 'DEWI', 'ENDANG', 'LILIK', 'UMI', 'YULI', 'ANIK', 'RINA', 'WATI', 'NUR', 'SITI', 'KARTINI', 'RATNA',
  'LESTARI', 'FITRI', 'AISYAH', 'NURUL', 'KHOTIMAH', 'IKA', 'NOVI', 'RAHAYU', 'WULAN', 'ERNAWATI', 'YAYUK',
  'SUSANTI', 'MASLIKHAH', 'CHOIRIYAH', 'LAILATUL', 'ZULAIKHA', 'MUFIDAH', 'TITIK', 'HARTATIK',
  'NANIK', 'SULIS', 'ERNI', 'HERLINA', 'INDAH', 'YUNI', 'MARIATUL', 'ISTIQOMAH', 'NINIK', 'WIWIK', 'LUSI', 'EVI',
  'MUSLIKAH', 'ROFIQOH', 'HIDAYATUL', 'ANIS', 'TUTIK', 'SUPRIATIN', 'ASTUTIK', 'NOVITA', 'DIAN', 'ENDAH',
];
const NEW_MALE = [
  'RIZKY', 'ADITYA', 'DIMAS', 'BAYU', 'FAJAR', 'ILHAM', 'RAFI', 'ALIF', 'FARHAN', 'DAFFA', 'ARYA', 'REZA', 'GILANG',
  'AZKA', 'RAFA', 'FADIL', 'HAIKAL', 'NAUFAL', 'ZIDAN', 'KEVIN', 'YOGA', 'DANU', 'FIRMAN', 'IQBAL', 'RAMADHAN',
  'ABIMANYU', 'AKBAR', 'ARKAN', 'BINTANG', 'DAVA', 'ELANG', 'FAIZ', 'GALANG', 'HAFIZ', 'IRFAN', 'KHAIRUL', 'LUTFI',
  'MIFTAH', 'NIZAR', 'RAIHAN', 'SATRIA', 'TEGAR', 'ZAKY', 'FAHMI', 'ALVIN', 'RENDI', 'ADAM', 'ARDIANSYAH',
];
const NEW_FEMALE = [
  'SALSABILA', 'AULIA', 'NABILA', 'ZAHRA', 'PUTRI', 'DINDA', 'AISYAH', 'NAYLA', 'KEYSHA', 'ANISA', 'AZZAHRA',
  'CITRA', 'INTAN', 'KIRANA', 'NADIA', 'ALYA', 'FELISHA', 'SYIFA', 'RAHMA', 'AMELIA', 'DELLA', 'VIRA', 'TIARA',
  'ADINDA', 'ANGGUN', 'BILQIS', 'CANTIKA', 'DEVI', 'ELSA', 'FARAH', 'HANIFAH', 'JIHAN', 'KHANZA', 'LAILA', 'MAYA',
  'NAJWA', 'QONITA', 'RANIA', 'SALMA', 'TASYA', 'ULFA', 'WINDA', 'YASMIN', 'ZAHWA', 'ZASKIA', 'AQILA', 'NAURA',
];
/** The same name as registers spell it: "Moch." and "Muhammad" are one person to the office. */
const MALE_PREFIXES = ['MOCH.', 'MUHAMMAD', 'MOCHAMMAD', 'MOHAMMAD', 'MOH.', 'M.', 'MUH.', 'AHMAD', 'ACHMAD', 'ABDUL', 'ABD.'];
const FEMALE_PREFIXES = ['SITI', 'SITTI', 'NUR', 'NOER', 'DEWI', 'SRI'];
const MALE_SECOND = [
  'SANTOSO', 'WIBOWO', 'PRASETYO', 'HIDAYAT', 'SETIAWAN', 'SAPUTRA', 'PURNOMO', 'SUSANTO', 'KURNIAWAN', 'HANDOKO',
  'RAHMAN', 'HAKIM', 'FAUZI', 'ANWAR', 'HASAN', 'SHOLEH', 'SHOLIHIN', 'MAULANA', 'FIRMANSYAH', 'NUGROHO',
  'WIJAYA', 'SUBAGYO', 'MUSTOFA', 'ARIFIN', 'EFENDI', 'HARIADI', 'RIDWAN', 'SAIFUDIN', 'ZAKARIA', 'MUCHTAR',
  'PRAYOGO', 'SETYAWAN', 'HARTONO', 'GUNAWAN', 'BUDIMAN', 'SUGIARTO', 'PRATAMA', 'RAMADHANI', 'ALFIAN', 'SYAHPUTRA',
  'HADI', 'PURWANTO', 'SETIADI', 'IRAWAN', 'YULIANTO', 'MAHMUD', 'ROSYID', 'HAMZAH', 'ASHARI', 'BAHTIAR',
  'HIDAYATULLAH', 'NURDIN', 'FATONI', 'KHOLIQ', 'MASRUR', 'ANSORI', 'SYAFII', 'HUDA', 'ILHAMI', 'FIRDAUS',
];
const FEMALE_SECOND = [
  'NINGSIH', 'RAHAYU', 'WAHYUNI', 'LESTARI', 'HANDAYANI', 'SUSILOWATI', 'FATIMAH', 'AMINAH', 'SAFITRI', 'PRATIWI',
  'PUSPITASARI', 'KUSUMAWATI', 'MAULIDIA', 'NURHAYATI', 'RAHMAWATI', 'ROHMAH', 'KHASANAH', 'ANGGRAENI', 'SUSANTI',
  'WULANDARI', 'SETYOWATI', 'MUTMAINAH', 'FAUZIAH', 'ZAHROH', 'MARFUAH',
  'ASTUTI', 'YULIANTI', 'KURNIASARI', 'PERMATASARI', 'RAHMADANI', 'NOVITASARI', 'HIDAYAH', 'ANGGRAINI', 'FITRIANI',
  'MARLINA', 'SULISTYOWATI', 'PURWANINGSIH', 'SRIWAHYUNI', 'INDRIANI', 'MAGHFIROH', 'NAFISAH', 'SHOLIHAH', 'MUNAWAROH',
  'ISTIANAH', 'KHOIRUNNISA', 'AZIZAH', 'LATIFAH', 'MAULIDA', 'NURJANAH', 'UTAMI', 'WIDYASTUTI', 'ZULFA', 'AINUN',
];

function generation(birthYear: number): 'old' | 'mid' | 'new' {
  if (birthYear < 1970) return 'old';
  return birthYear < 1995 ? 'mid' : 'new';
}

/** A plausible full name for someone of this sex born in this year. */
export function personName(rng: Random, sex: Sex, birthYear: number): string {
  const gen = generation(birthYear);
  const male = sex === 'L';
  const given = male
    ? rng.pick(gen === 'old' ? OLD_MALE : gen === 'mid' ? MID_MALE : NEW_MALE)
    : rng.pick(gen === 'old' ? OLD_FEMALE : gen === 'mid' ? MID_FEMALE : NEW_FEMALE);
  const words: string[] = [];
  if (rng.chance(male ? 0.22 : 0.12)) words.push(rng.pick(male ? MALE_PREFIXES : FEMALE_PREFIXES));
  words.push(given);
  const seconds = gen === 'old' ? rng.weighted([[0, 75], [1, 25]]) : gen === 'mid' ? rng.weighted([[0, 30], [1, 60], [2, 10]]) : rng.weighted([[0, 10], [1, 60], [2, 30]]);
  for (let i = 0; i < seconds; i++) {
    const next = rng.pick(male ? MALE_SECOND : FEMALE_SECOND);
    if (!words.includes(next)) words.push(next);
  }
  // "SITI SITI AMINAH" never happens in a register; a prefix already in the given name is dropped.
  return [...new Set(words.join(' ').split(' '))].join(' ');
}

const DUSUN = [
  'KRAJAN', 'SUMBER', 'NGASEM', 'KARANGREJO', 'TEGALSARI', 'SIDOREJO', 'PUNDEN', 'BANARAN', 'KEDUNGREJO', 'GEDANGAN',
  'SUMBERSARI', 'WONOREJO', 'MLATEN', 'NGEMPLAK', 'KAUMAN', 'KRAJAN KULON', 'KRAJAN WETAN', 'BALONG', 'TANGGUL', 'SAWAHAN',
];
const STREETS = [
  'MELATI', 'MAWAR', 'KENANGA', 'DAHLIA', 'ANGGREK', 'CEMPAKA', 'MERPATI', 'RAYA DESA', 'MASJID', 'SEKOLAHAN',
  'KALI', 'PAHLAWAN', 'DIPONEGORO', 'KARTINI', 'MERDEKA', 'SIMPANG TIGA', 'PONDOK', 'BALAI DESA', 'PASAR', 'PERSATUAN',
];

/** A village address as lists carry it: a dusun, or a street with a house number. */
export function villageAddress(rng: Random): string {
  return rng.chance(0.55) ? `DSN. ${rng.pick(DUSUN)}` : `JL. ${rng.pick(STREETS)} NO. ${rng.int(1, 120)}`;
}

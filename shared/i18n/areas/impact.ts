// Messages of the 'impact' area: the labels and warnings the estimators in shared/domain/impact carry.
export const impactId = {
  'impact.label.notCausal': 'Perbandingan sebelum–sesudah penerima: bukan bukti sebab-akibat. Perubahan bisa juga terjadi tanpa bantuan.',
  'impact.label.didParallelTrends':
    'Selisih-dalam-selisih (difference-in-differences) terhadap kelompok pembanding: sahih bila kedua kelompok akan berubah sejajar tanpa bantuan.',
  'impact.warning.SMALL_GROUPS': 'Kelompok terlalu kecil untuk kesimpulan yang meyakinkan: angka ini hanya gambaran awal.',
  'impact.warning.NO_INTERVAL': 'Selang kepercayaan 95 % tidak dapat dihitung dari data ini.',
  'error.POVERTY_PERIOD_MISSING': 'Belum ada angka kemiskinan {area} untuk periode {period}. Impor tabel BPS periode itu terlebih dahulu.',
} as const;

export const impactEn: Record<keyof typeof impactId, string> = {
  'impact.label.notCausal': 'Before/after comparison of beneficiaries: not evidence of cause and effect. The change could have happened without assistance.',
  'impact.label.didParallelTrends':
    'Difference-in-differences against a comparison group: valid if both groups would have changed in parallel without assistance.',
  'impact.warning.SMALL_GROUPS': 'Groups too small for a confident conclusion: treat this number as a first indication only.',
  'impact.warning.NO_INTERVAL': 'The 95 % interval cannot be computed from these data.',
  'error.POVERTY_PERIOD_MISSING': 'There are no poverty figures for {area} for {period} yet. Import the BPS table for that period first.',
};

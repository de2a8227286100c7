/** Bahasa Indonesia. */
import type { Messages } from './en';

export const id: Messages = {
	appName: 'Touchpoint',
	tagline: 'Perjalanan pelanggan, titik sentuh, dan apa yang perlu diperbaiki lebih dulu',
	language: 'Bahasa',
	journeys: 'Perjalanan',
	journeysIntro:
		'Setiap perjalanan memetakan cara pelanggan membeli, memakai, dan mengganti produk, serta di mana mereka frustrasi.',
	noJourneys: 'Belum ada perjalanan. Buat satu untuk mulai memetakan.',
	newJourney: 'Perjalanan baru',
	name: 'Nama',
	create: 'Buat',
	cancel: 'Batal',
	save: 'Simpan',
	close: 'Tutup',
	undo: 'Urungkan',
	nameRequired: 'Beri nama perjalanan ini.',
	nameTooLong: (max) => `Nama harus kurang dari ${max} karakter.`,
	allJourneys: 'Semua perjalanan',
	openJourney: (name) => `Buka ${name}`,
	renameJourney: 'Ganti nama perjalanan',
	deleteJourney: 'Hapus perjalanan',
	journeyDeleted: (name) => `“${name}” dihapus.`,
	journeyNotFound: 'Perjalanan ini tidak ada di peramban ini. Mungkin sudah dihapus.',
	loading: 'Memuat…',
	pageNotFound: 'Tidak ada halaman di alamat ini.',
	touchPointCount: (n) => `${n} titik sentuh`,
	frustrationCount: (n) => `${n} frustrasi`,
	updatedOn: (date) => `Diubah ${date}`,
	steps: 'Langkah',
	worstCase: 'Kemungkinan terburuk',
	noFrustrations: 'Belum ada frustrasi',
	priority: 'Prioritas',
	priorityScore: (score) => `Prioritas ${score}`,
	frequencyValue: (level) => `Frekuensi: ${level}`,
	severityValue: (level) => `Keparahan: ${level}`,
	bands: { critical: 'Kritis', high: 'Tinggi', medium: 'Sedang', low: 'Rendah' },
	risks: {
		'lost-sale': 'Kehilangan penjualan',
		'lost-repurchase': 'Kehilangan pembelian ulang'
	},
	riskOfStage: (risk) => `Risiko: ${risk}`,
	frequencyLevels: {
		never: 'tidak pernah',
		rarely: 'jarang',
		sometimes: 'kadang-kadang',
		often: 'sering',
		always: 'selalu'
	},
	severityLevels: {
		cosmetic: 'kosmetik',
		minor: 'ringan',
		moderate: 'sedang',
		major: 'berat',
		critical: 'kritis'
	},
	segments: 'Segmen',
	saveFailed: (reason) => `Gagal menyimpan: ${reason}`,
	storageUnavailable:
		'Peramban ini tidak dapat menyimpan perjalanan (IndexedDB tidak tersedia, misalnya di beberapa jendela pribadi).'
};

/**
 * Bahasa Indonesia words of the journey list and of every page's frame: what a first visit in
 * Indonesian downloads before the list shows (as en-core.ts is for English). The rest of the
 * catalog is in id.ts, which spreads these in and downloads once the list is drawn, or before
 * any other page is.
 */
import type { CoreMessages } from './en-core';

export const idCore: CoreMessages = {
	appName: 'Touchpoint',
	language: 'Bahasa',
	journeys: 'Perjalanan',
	journeysIntro:
		'Setiap perjalanan memetakan cara pelanggan membeli, memakai, dan mengganti produk, serta di mana mereka frustrasi.',
	noJourneys: 'Belum ada perjalanan. Buat satu untuk mulai memetakan.',
	newJourney: 'Perjalanan baru',
	name: 'Nama',
	create: 'Buat',
	cancel: 'Batal',
	close: 'Tutup',
	nameRequired: 'Beri nama perjalanan ini.',
	nameTooLong: (max) => `Nama harus kurang dari ${max} karakter.`,
	loading: 'Memuat…',
	pageNotFound: 'Tidak ada halaman di alamat ini.',
	touchPointCount: (n) => `${n} titik sentuh`,
	frustrationCount: (n) => `${n} frustrasi`,
	updatedOn: (date) => `Diubah ${date}`,
	copyOf: (name) => `${name} (salinan)`,
	template: 'Templat',
	saveFailed: (reason) => `Gagal menyimpan: ${reason}`,
	storageUnavailable:
		'Peramban ini tidak dapat menyimpan perjalanan (IndexedDB tidak tersedia, misalnya di beberapa jendela pribadi).',
	importFiles: 'Impor',
	openMermaidImport: 'Impor Mermaid',
	backupAll: 'Cadangkan semua',
	restore: 'Pulihkan',
	transfer: 'Impor, cadangkan, dan pulihkan',
	dropFiles: 'Jatuhkan berkas perjalanan untuk mengimpornya',
	sharedMapTitle: 'Seseorang membagikan peta kepada Anda',
	sharedMapOffer: (name, frustrations) =>
		`“${name}”, dengan ${frustrations} frustrasi. Impor ke peramban ini?`,
	importSharedMap: 'Impor peta yang dibagikan',
	dismiss: 'Tutup',
	shareLinkName: 'Tautan berbagi',
	storageStatus: 'Penyimpanan',
	storagePersisted: 'Disimpan sampai Anda menghapusnya',
	storagePersistedHelp: 'Peramban tidak akan menghapus perjalanan Anda untuk mengosongkan ruang.',
	storageNotPersisted: 'Peramban dapat menghapusnya saat ruang hampir habis',
	storageNotPersistedHelp: 'Simpan berkas cadangan perjalanan Anda.',
	storageAskPersist: 'Minta agar disimpan',
	storageUsage: (used, quota) => `${used} terpakai dari ${quota} tersedia`,
	lastBackup: (date) => `Cadangan terakhir ${date}`,
	neverBackedUp: 'Belum pernah dicadangkan',
	backupReminder: 'Saatnya mencadangkan',
	backupReminderNever:
		'Perjalanan Anda telah berubah dan belum pernah dicadangkan. Peramban ini menyimpan satu-satunya salinan: simpan salinan sebagai berkas.',
	backupReminderSince: (days) =>
		`Perjalanan Anda telah berubah sejak cadangan terakhir, ${days} hari yang lalu. Peramban ini menyimpan satu-satunya salinan.`,
	backUpNow: 'Cadangkan sekarang',
	notNow: 'Nanti saja',
	// Offline and installable: the new-version prompt
	updateRegion: 'Pembaruan aplikasi',
	updateReady: 'Versi baru Touchpoint sudah siap.',
	updateReload: 'Muat ulang',
	updateLater: 'Nanti',
	updateWaitingForSave: 'Memuat ulang setelah suntingan Anda tersimpan…',
	updateReloading: 'Memuat ulang…'
};

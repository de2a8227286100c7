/**
 * The settings the phone specs run in (issue 19: "in English and Indonesian, light and dark"),
 * and the names a phone test looks elements up by, in each language. The phone itself (390×844,
 * touch) is the `phone` project's, in playwright.config.ts. Each language is the phone's own (its
 * locale on the first visit), so the example journey is in it too.
 */
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const english = {
	name: 'English',
	locale: 'en-US',
	example: 'Full-service airline',
	// The start of a frustration of the example journey: frequency 4, severity 5.
	delays: 'Delays are announced late at the gate',
	allJourneys: '← All journeys',
	views: 'Journey views',
	segments: 'Segments',
	tabs: { map: 'Map', segments: 'Segments', priorities: 'Priorities', workshop: 'Workshop' },
	undo: 'Undo',
	redo: 'Redo',
	saved: 'Saved',
	retrySaving: 'Try saving again',
	more: 'Show more',
	share: 'Share',
	history: 'Version history',
	checkpointName: 'Checkpoint name',
	saveCheckpoint: 'Save checkpoint',
	preview: 'Preview',
	colourBy: 'Colour by',
	priority: 'Priority',
	dragToMove: /^Drag .* to move it$/,
	frustration: 'Frustration',
	editFrustration: 'Edit frustration',
	frequency: 'Frequency',
	severity: 'Severity',
	filters: ['Open', 'Fix planned', 'Fixed', 'Critical', 'High', 'Medium', 'Low'],
	priorityMatrix: 'Priority matrix',
	rankedProblems: 'Ranked problems',
	heatMap: 'Journey heat map',
	experienceCurve: 'Experience curve',
	marksOf: /^Marks of/,
	scrollSideways: 'Scroll sideways for more →',
	scrollsSideways: (chart: string) => `${chart}, scrolls sideways`,
	dragHelp: /Drag a mark with your finger/,
	rated: (frequency: number, severity: number) =>
		new RegExp(`Frequency ${frequency} \\(\\w+\\).*Severity ${severity} \\(\\w+\\)`),
	dragged: /Frequency 1 \(never\).*Severity 1 .*Priority 1 · Low/,
	neverCosmetic: 'never × cosmetic'
};

export type PhoneLanguage = typeof english;

const indonesian: PhoneLanguage = {
	name: 'Bahasa Indonesia',
	locale: 'id-ID',
	example: 'Maskapai layanan penuh',
	delays: 'Keterlambatan baru diumumkan di gerbang keberangkatan',
	allJourneys: '← Semua perjalanan',
	views: 'Tampilan perjalanan',
	segments: 'Segmen',
	tabs: { map: 'Peta', segments: 'Segmen', priorities: 'Prioritas', workshop: 'Lokakarya' },
	undo: 'Urungkan',
	redo: 'Ulangi',
	saved: 'Tersimpan',
	retrySaving: 'Coba simpan lagi',
	more: 'Tampilkan lebih banyak',
	share: 'Bagikan',
	history: 'Riwayat versi',
	checkpointName: 'Nama titik simpan',
	saveCheckpoint: 'Simpan titik simpan',
	preview: 'Pratinjau',
	colourBy: 'Warna menurut',
	priority: 'Prioritas',
	dragToMove: /^Seret .* untuk memindahkannya$/,
	frustration: 'Frustrasi',
	editFrustration: 'Ubah frustrasi',
	frequency: 'Frekuensi',
	severity: 'Keparahan',
	filters: [
		'Terbuka',
		'Perbaikan direncanakan',
		'Sudah diperbaiki',
		'Kritis',
		'Tinggi',
		'Sedang',
		'Rendah'
	],
	priorityMatrix: 'Matriks prioritas',
	rankedProblems: 'Peringkat masalah',
	heatMap: 'Peta panas perjalanan',
	experienceCurve: 'Kurva pengalaman',
	marksOf: /^Tanda pada/,
	scrollSideways: 'Geser ke samping untuk melihat selebihnya →',
	scrollsSideways: (chart: string) => `${chart}, dapat digeser ke samping`,
	dragHelp: /Seret sebuah tanda dengan jari/,
	rated: (frequency: number, severity: number) =>
		new RegExp(`Frekuensi ${frequency} \\([\\w ]+\\).*Keparahan ${severity} \\([\\w ]+\\)`),
	dragged: /Frekuensi 1 \(tidak pernah\).*Keparahan 1 .*Prioritas 1 · Rendah/,
	neverCosmetic: 'tidak pernah × kosmetik'
};

export const PHONE_LANGUAGES = { english, indonesian };

/** `expectSaved` of fixtures.ts in the phone's language: the journey is stored, a reload may follow. */
export async function expectSavedIn(page: Page, words: PhoneLanguage) {
	await expect(
		page.getByRole('status').filter({ hasText: new RegExp(`^\\s*${words.saved}\\s*$`) })
	).toBeVisible();
}

export type Scheme = 'light' | 'dark';

export interface PhoneSetting {
	language: PhoneLanguage;
	scheme: Scheme;
}

/** Every language in every theme. */
export const EVERY_SETTING: PhoneSetting[] = [english, indonesian].flatMap((language) =>
	(['light', 'dark'] as const).map((scheme) => ({ language, scheme }))
);

/** One setting of each language and each theme, for a test too slow to run in all four. */
export const BOTH_LANGUAGES_BOTH_THEMES: PhoneSetting[] = [
	{ language: english, scheme: 'light' },
	{ language: indonesian, scheme: 'dark' }
];

/**
 * Declares `body`'s tests once for each setting, in a describe block titled with it, where the
 * browser speaks the language and prefers the theme.
 */
export function forEachPhoneSetting(
	body: (setting: PhoneSetting) => void,
	settings: PhoneSetting[] = EVERY_SETTING
) {
	for (const setting of settings) {
		test.describe(`in ${setting.language.name}, ${setting.scheme}`, () => {
			test.use({ locale: setting.language.locale, colorScheme: setting.scheme });
			body(setting);
		});
	}
}

/** Bahasa Indonesia. */
import type { FileIssue } from '$lib/io/file-issues';
import type { Messages } from './en';

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 102.4) / 10} MB`;
const between = (min?: number, max?: number) =>
	min !== undefined && max !== undefined
		? `antara ${min} dan ${max}`
		: min !== undefined
			? `paling sedikit ${min}`
			: `paling banyak ${max}`;
const references: Record<string, string> = {
	stage: 'tahap',
	'touch point': 'titik sentuh',
	segment: 'segmen',
	participant: 'peserta'
};
const types: Record<string, string> = {
	string: 'teks',
	number: 'angka',
	boolean: 'ya/tidak',
	array: 'daftar',
	object: 'objek'
};

function fileIssue(issue: FileIssue): string {
	const at = issue.path || 'Berkas';
	switch (issue.rule) {
		case 'range':
			return `${at} harus ${between(issue.min, issue.max)}`;
		case 'length':
			return issue.min && !issue.max
				? `${at} tidak boleh kosong`
				: `panjang ${at} harus ${between(issue.min, issue.max)} karakter`;
		case 'count':
			return `${at} berisi terlalu banyak butir${issue.max ? ` (paling banyak ${issue.max})` : ''}`;
		case 'type':
			return issue.expected === 'int'
				? `${at} harus bilangan bulat`
				: `${at} tidak ada atau bukan ${types[issue.expected] ?? issue.expected}`;
		case 'choice':
			return `${at} harus salah satu dari: ${issue.values.join(', ')}`;
		case 'format':
			return `${at} bukan ${issue.format === 'uuid' ? 'id' : issue.format} yang sah`;
		case 'integer':
			return `${at} harus bilangan bulat`;
		case 'duplicate-id':
			return `${at} dipakai dua kali dalam berkas`;
		case 'missing-reference':
			return `${at} merujuk ke ${references[issue.what] ?? 'butir'} yang tidak ada dalam berkas`;
		case 'invalid':
			return `${at} tidak sah`;
	}
}

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
	map: 'Peta',
	journeyViews: 'Tampilan perjalanan',
	redo: 'Ulangi',
	undoShortcut: 'Urungkan (Ctrl+Z)',
	redoShortcut: 'Ulangi (Ctrl+Shift+Z)',
	edits: {
		'edit journey': 'rincian perjalanan',
		edit: 'ubahan',
		move: 'pemindahan',
		'add stage': 'tambah tahap',
		'add step': 'tambah langkah',
		'add touch point': 'tambah titik sentuh',
		'add frustration': 'tambah frustrasi',
		'add segment': 'tambah segmen',
		'remove stage': 'hapus tahap',
		'remove step': 'hapus langkah',
		'remove touch point': 'hapus titik sentuh',
		'remove frustration': 'hapus frustrasi',
		'remove segment': 'hapus segmen',
		'set emotion': 'emosi'
	},
	undone: (what) => `Diurungkan: ${what}`,
	redone: (what) => `Diulangi: ${what}`,
	saved: 'Tersimpan',
	saving: 'Menyimpan…',
	notSaved: 'Belum tersimpan: mencoba lagi',
	duplicateJourney: 'Gandakan perjalanan',
	copyOf: (name) => `${name} (salinan)`,
	template: 'Templat',
	addStage: 'Tambah tahap',
	stageName: 'Nama tahap',
	editStage: (name) => `Ubah tahap ${name}`,
	doneEditing: 'Selesai',
	stageRisk: 'Masalah di sini berisiko',
	moveStageLeft: 'Geser tahap ke kiri',
	moveStageRight: 'Geser tahap ke kanan',
	removeStage: 'Hapus tahap',
	addStep: 'Tambah langkah',
	stepName: 'Nama langkah',
	removeStep: (name) => `Hapus langkah ${name}`,
	moveStepUp: (name) => `Geser langkah ${name} ke atas`,
	moveStepDown: (name) => `Geser langkah ${name} ke bawah`,
	addTouchPoint: 'Tambah titik sentuh',
	touchPointName: 'Nama titik sentuh',
	touchPointDetails: (name) => `Rincian ${name}`,
	details: 'Rincian',
	channel: 'Saluran',
	noChannel: 'Belum diatur',
	channels: {
		'sales-visit': 'Kunjungan penjualan',
		exhibition: 'Pameran',
		'print-ad': 'Iklan cetak',
		radio: 'Radio',
		website: 'Situs web',
		'social-media': 'Media sosial (akun resmi)',
		'phone-hotline': 'Hotline telepon',
		email: 'Email',
		'customer-portal': 'Portal pelanggan',
		'delivery-team': 'Tim pengiriman',
		'store-staff': 'Staf toko',
		other: 'Lainnya'
	},
	ownerTeam: 'Tim penanggung jawab',
	mode: 'Pendekatan',
	modes: { proactive: 'Proaktif', reactive: 'Reaktif' },
	publicChannel: 'Saluran publik',
	publicHint: 'Keluhan yang sensitif sebaiknya dijawab secara pribadi.',
	prompt: 'Kemungkinan terburuk (pemicu)',
	notes: 'Catatan',
	move: 'Geser',
	moveLeft: 'Geser ke kiri',
	moveRight: 'Geser ke kanan',
	moveUp: 'Geser ke atas',
	moveDown: 'Geser ke bawah',
	dragToMove: (name) => `Seret ${name} untuk memindahkannya`,
	movedTo: (name, stage, position, count) =>
		`${name} dipindahkan ke ${stage}, posisi ${position} dari ${count}`,
	removeTouchPoint: 'Hapus titik sentuh',
	removed: (name) => `${name} dihapus`,
	addFrustration: 'Tambah frustrasi',
	frustration: 'Frustrasi',
	newFrustrationHint: 'Enter menambahkan; Escape menutup.',
	editFrustration: 'Ubah frustrasi',
	frequency: 'Frekuensi',
	severity: 'Keparahan',
	evidence: 'Bukti',
	evidenceKinds: {
		observation: 'Observasi',
		complaint: 'Keluhan',
		survey: 'Survei',
		interview: 'Wawancara',
		'staff-report': 'Laporan staf',
		'mystery-shopper': 'Pembeli misterius'
	},
	source: 'Sumber',
	status: 'Status',
	statuses: { open: 'Terbuka', 'fix-planned': 'Perbaikan direncanakan', fixed: 'Sudah diperbaiki' },
	fix: 'Perbaikan',
	effort: 'Upaya',
	effortLevels: ['sangat kecil', 'kecil', 'sedang', 'besar', 'sangat besar'],
	owner: 'Penanggung jawab',
	quality: 'Dimensi kualitas',
	qualities: {
		object: 'Objek (produk)',
		process: 'Proses',
		infrastructure: 'Infrastruktur',
		relationship: 'Hubungan',
		atmosphere: 'Suasana',
		data: 'Data'
	},
	notSet: 'Belum diatur',
	affectedSegments: 'Segmen yang terdampak',
	removeFrustration: 'Hapus frustrasi',
	emotion: 'Emosi',
	emotionOf: (segment) => `Perasaan ${segment}`,
	emotions: ['kesal', 'kecewa', 'netral', 'senang', 'sangat senang'],
	clearEmotion: 'Hapus',
	nameEmpty: 'Nama tidak boleh kosong.',
	textEmpty: 'Jelaskan frustrasinya.',
	searchFrustrations: 'Cari frustrasi',
	searchResults: (n) => `${n} frustrasi cocok`,
	clearSearch: 'Hapus pencarian',
	showAll: (n) => `Tampilkan semua ${n}`,
	showFewer: 'Tampilkan lebih sedikit',
	addSegment: 'Tambah segmen',
	segmentName: 'Nama segmen',
	newSegment: 'Segmen baru',
	kind: 'Jenis',
	needs: 'Kebutuhan',
	size: 'Ukuran atau porsi',
	marketingMix: 'Bauran pemasaran',
	mixElements: { product: 'Produk', price: 'Harga', promotion: 'Promosi', place: 'Distribusi' },
	emphasis: 'Penekanan',
	emphasisLevels: ['minimal', 'rendah', 'sedang', 'tinggi', 'utama'],
	removeSegment: 'Hapus segmen',
	noSegments: 'Belum ada segmen. Tambahkan kelompok pelanggan yang dilayani perjalanan ini.',
	segmentsIntro:
		'Setiap segmen membutuhkan bauran pemasarannya sendiri: apa yang ditawarkan, berapa harganya, bagaimana mereka mengetahuinya, dan di mana mereka membeli.',
	kindGuidance: 'Dasar hubungan B2C dan B2B',
	guidance: {
		aspect: 'Aspek',
		rows: [
			[
				'Hubungan bertumpu pada',
				'Emosi dan pengalaman pengguna',
				'Efisiensi dan layanan yang terjamin'
			],
			[
				'Siklus penjualan',
				'Pendek, volume tinggi',
				'Panjang (berminggu-minggu hingga berbulan-bulan: tender, negosiasi, uji coba), nilai tinggi'
			],
			[
				'Peran CRM',
				'Promosi dan hadiah yang dipersonalisasi',
				'Tingkat layanan (SLA), purnajual, integrasi sistem'
			],
			['Loyalitas didorong oleh', 'Merek dan manfaat', 'Hubungan dan stabilitasnya']
		]
	},
	saveFailed: (reason) => `Gagal menyimpan: ${reason}`,
	fileIssue,
	readProblem: (file, problem) => {
		switch (problem.kind) {
			case 'too-large':
				return `${file} berukuran ${megabytes(problem.bytes)}, melebihi batas ${megabytes(problem.limit)} per berkas.`;
			case 'empty':
				return `${file} kosong.`;
			case 'not-json':
				return `${file} bukan berkas Touchpoint: isinya bukan JSON.`;
			case 'truncated':
				return `${file} terpotong sebelum akhir; mungkin tidak terunduh atau tersalin utuh.`;
			case 'wrong-format':
				return problem.found
					? `${file} adalah berkas “${problem.found}”, bukan perjalanan atau cadangan Touchpoint.`
					: `${file} berisi JSON, tetapi bukan perjalanan atau cadangan Touchpoint.`;
			case 'future-version':
				return `${file} ditulis oleh versi Touchpoint yang lebih baru (format ${problem.version}); perbarui aplikasi untuk membukanya.`;
			case 'unknown-version':
				return `${file} tidak menyebutkan versi format yang dipakainya.`;
			case 'invalid':
				return `${file} bukan perjalanan yang sah: ${problem.issues.map(fileIssue).join('; ')}${
					problem.more ? `; dan ${problem.more} masalah lain` : ''
				}.`;
		}
	},
	storageUnavailable:
		'Peramban ini tidak dapat menyimpan perjalanan (IndexedDB tidak tersedia, misalnya di beberapa jendela pribadi).',
	// Prioritas dan grafik (issue 5)
	priorities: 'Prioritas',
	prioritiesIntro:
		'Apa yang diperbaiki dulu: setiap grafik mengikuti filter dan diperbarui saat peta diubah.',
	chartFilters: 'Filter grafik',
	filterSegment: 'Segmen',
	allSegments: 'Semua segmen',
	filterStage: 'Tahap',
	allStages: 'Semua tahap',
	filterStatus: 'Status',
	filterBand: 'Pita',
	clearFilters: 'Hapus filter',
	filteredCount: (shown, total) => `${shown} dari ${total} frustrasi ditampilkan`,
	colourBy: 'Warna menurut',
	colourModes: { stage: 'Tahap', risk: 'Risiko (penjualan atau pembelian ulang hilang)' },
	showDataTable: 'Tampilkan tabel data',
	exportSvg: 'Ekspor SVG',
	exportPng: 'Ekspor PNG',
	chartExportFailed: (reason) => `Grafik tidak dapat diekspor: ${reason}`,
	dataTableOf: (chart) => `Tabel data: ${chart}`,
	marksOf: (chart) => `Tanda pada ${chart}: tombol panah berpindah antartanda, Enter membukanya`,
	chartTouchPoint: 'Titik sentuh',
	chartStage: 'Tahap',
	chartBand: 'Pita',
	chartRisk: 'Risiko',
	chartCumulativeShare: 'Pangsa kumulatif',
	chartEmpty: 'Tidak ada frustrasi yang cocok dengan filter ini.',
	chartPriorityMatrix: 'Matriks prioritas',
	matrixIntro:
		'Seberapa sering tiap frustrasi terjadi terhadap seberapa parah dampaknya; pita berwarna adalah prioritasnya.',
	matrixDescription: (n) =>
		`${n} frustrasi ditempatkan menurut frekuensi (mendatar) dan keparahan (tegak), di atas pita prioritas.`,
	chartRankedProblems: 'Peringkat masalah',
	rankedIntro:
		'Frustrasi menurut skor prioritas, dengan pangsa kumulatif dari seluruh masalah: perbaiki dari atas.',
	rankedDescription: (n) =>
		`${n} frustrasi dengan prioritas tertinggi sebagai batang, dan pangsa kumulatif dari total prioritas sebagai garis.`,
	showTopProblems: (n) => `Tampilkan ${n} teratas`,
	showAllProblems: (n) => `Tampilkan semua ${n}`,
	chartHeatMap: 'Peta panas perjalanan',
	heatMapIntro:
		'Jumlah prioritas frustrasi di tiap titik sentuh, untuk tiap segmen; sel kosong tidak memilikinya.',
	heatMapDescription: (touchPoints, rows) =>
		`Kisi ${touchPoints} titik sentuh sesuai urutan siklus dan ${rows} baris segmen; sel yang lebih gelap membawa prioritas lebih besar.`,
	allSegmentsRow: 'Semua',
	heatCell: (segment, touchPoint, total, count) =>
		`${segment}, ${touchPoint}: prioritas ${total} dari ${count} frustrasi`,
	heatEmpty: (segment, touchPoint) => `${segment}, ${touchPoint}: tidak ada`,
	summedPriority: 'Jumlah prioritas',
	count: 'Jumlah',
	chartQuickWins: 'Kemenangan cepat',
	quickWinsIntro:
		'Frustrasi yang punya perbaikan, menurut prioritas dan upaya perbaikannya: sudut berwarna adalah prioritas tinggi dengan upaya kecil.',
	quickWinsDescription: (n, wins) =>
		`${n} perbaikan ditempatkan menurut upaya (mendatar) dan prioritas (tegak); ${wins} di sudut kemenangan cepat.`,
	quickWinCorner: 'Kemenangan cepat',
	quickWin: 'Kemenangan cepat',
	chartStageSummary: 'Ringkasan tahap',
	stageSummaryIntro: 'Frustrasi terbuka di tiap tahap, menurut pita.',
	stageSummaryDescription: (stages, open) =>
		`${open} frustrasi terbuka di ${stages} tahap, bertumpuk menurut pita.`,
	stageBandCount: (stage, band, n) => `${stage}: ${n} ${band}`,
	openFrustrations: 'Frustrasi terbuka',
	chartMarketingMix: 'Bauran pemasaran per segmen',
	mixIntro: 'Seberapa kuat bauran tiap segmen bertumpu pada produk, harga, promosi dan tempat.',
	mixDescription: (segments) =>
		`Penekanan 1 sampai 5 dari empat unsur bauran untuk ${segments} segmen.`,
	mixView: 'Tampilan',
	mixViews: { bars: 'Batang berkelompok', radar: 'Radar' },
	mixValue: (segment, element, emphasis, level) =>
		`${segment}, ${element}: penekanan ${emphasis} (${level})`,
	mixWidest: (element) => `Segmen paling berbeda pada ${element.toLowerCase()}.`,
	mixTexts: 'Bauran per segmen',
	chartExperienceCurve: 'Kurva pengalaman',
	curveIntro:
		'Perasaan tiap segmen di tiap titik sentuh, dari kecewa sampai senang. Lingkaran bernomor menghitung frustrasi terbuka di tempat yang menyakitkan, diwarnai menurut pita yang terburuk dan makin besar makin tinggi prioritasnya.',
	curveDescription: (segments, touchPoints) =>
		`Satu garis per segmen (${segments}) melintasi ${touchPoints} titik sentuh sesuai urutan siklus, emosi dari −2 sampai +2.`,
	curvePoint: (segment, touchPoint, emotion) => `${segment} di ${touchPoint}: ${emotion}`,
	curveFrustrations: (touchPoint, n, top) =>
		`${touchPoint}: ${n} frustrasi terbuka, prioritas tertinggi ${top}`,
	noEmotion: 'belum dinilai',
	showExperienceCurve: 'Kurva pengalaman'
};
